import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('a manager corrects a unit by keyboard; a bad area is refused and nothing is saved', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '房源' }));
  await user.click(await screen.findByRole('button', { name: '修改 101' }));
  const dialog = await screen.findByRole('dialog', { name: '修改房源 101' });

  const area = within(dialog).getByLabelText('面积（㎡）');
  await user.clear(area);
  await user.type(area, '12.345');
  await user.click(within(dialog).getByRole('button', { name: '保存' }));
  expect(await within(dialog).findByText('面积不是有效数字（最多两位小数）')).toBeInTheDocument();

  await user.clear(area);
  await user.type(area, '130.5');
  const price = within(dialog).getByLabelText('总价');
  await user.clear(price);
  await user.type(price, '2,950,000.00{Enter}');
  const saved = async () => (await desk.ok('units.list', {})).find((u) => u.room === '101')!;
  await waitFor(
    async () => expect(await saved()).toMatchObject({ areaCenti: 13050, listPriceFen: 295_000_000 }),
    { timeout: 5000 },
  );
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改房源 101' })).toBeNull(), {
    timeout: 5000,
  });
  const audit = desk.ledger.sqlite
    .prepare("SELECT count(*) n FROM audit_log WHERE channel = 'units.update'")
    .get();
  expect(audit).toEqual({ n: 1 }); // the refused try wrote nothing
});

test('a consultant sees the units but cannot edit them', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  await signIn(user, '张伟', '5555');
  const item = screen.queryByRole('menuitem', { name: '房源' });
  if (item) {
    await user.click(item);
    await screen.findByRole('table');
  }
  expect(screen.queryByRole('button', { name: /^修改 / })).toBeNull();
});
