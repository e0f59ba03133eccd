import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { demoTypes } from '../support/tickets';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('five wrong PINs lock a user out, and the managers see it in the notification area', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  const overlay = await screen.findByRole('dialog', { name: '请登录' });
  await user.click(await within(overlay).findByRole('radio', { name: '张伟' }));
  for (let attempt = 1; attempt <= 5; attempt++) {
    await user.type(within(overlay).getByLabelText('PIN 码'), '0000{Enter}');
    const expected = attempt < 5 ? `还可以再试 ${5 - attempt} 次` : '张伟 已被锁定，请于 10:05 后再试';
    await waitFor(() => expect(within(overlay).getByRole('alert')).toHaveTextContent(expected));
  }
  // The roster now shows him locked.
  await waitFor(() =>
    expect(within(overlay).getByRole('radio', { name: '张伟' })).toHaveAccessibleDescription(
      /已锁定至 10:05/,
    ),
  );

  await signIn(user, '李经理', '1111');
  const bell = await screen.findByRole('button', { name: '通知' });
  await waitFor(() => expect(bell).toHaveAccessibleDescription('1 条未读'));
  await user.click(bell);
  const drawer = await screen.findByRole('dialog', { name: '通知' });
  expect(within(drawer).getByText('张伟 连续输错 PIN 已被锁定至 10:05')).toBeInTheDocument();

  await user.click(within(drawer).getByRole('button', { name: '全部标为已读' }));
  await waitFor(() => expect(bell).not.toHaveAccessibleDescription());
});

test('a low-stock notice resolved by a receipt shows as resolved in the bell, not as an open alarm', async () => {
  const { user, desk } = await mountDesk();
  await signIn(user, '王芳', '3333');
  const { twoD, threeD } = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: threeD, count: 20 });
  await desk.ok('tickets.receive', { typeId: twoD, count: 8 }); // 8 ≤ 10: call the cinema
  await desk.ok('tickets.receive', { typeId: twoD, count: 12 }); // 20: received, resolved

  const bell = await screen.findByRole('button', { name: '通知' });
  await user.click(bell);
  const drawer = await screen.findByRole('dialog', { name: '通知' });
  const notices = await within(drawer).findAllByRole('listitem');
  const lowStock = notices.filter((li) => /2D 电影票/.test(li.textContent ?? ''));
  const [open, ...older] = lowStock.map((li) => li.textContent ?? '');
  // the newest low-stock notice (8 on hand) is resolved by the receipt: no alarm, no unread mark
  expect(open).toMatch(/已解决：已到货（\d\d-\d\d \d\d:\d\d）/);
  expect(open).not.toMatch(/警告|未读/);
  // the one posted before any receipt (0 on hand) was replaced by it
  expect(older.every((text) => /已解决：已有新提醒/.test(text))).toBe(true);
  await waitFor(() => expect(bell).not.toHaveAccessibleDescription());
});
