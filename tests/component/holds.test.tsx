import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

async function unitId(m: MountedDesk, room: string): Promise<number> {
  await m.desk.signInAs('李经理');
  const board = await m.desk.ok('holds.board');
  return board.units.find((u) => u.room === room)!.id;
}

test('a consultant sees no board: asks whether a unit is free, requests it, reports 不定 on their own hold', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  // someone else's pending hold on 102, placed before the consultant opens the page
  const other = await unitId(mounted, '102');
  await desk.signInAs('孙丽');
  await desk.ok('holds.request', { unitId: other, customerName: '赵女士', customerPhone: '13987654321' });
  await desk.ok('auth.signOut');

  await signIn(user, '张伟', '5555');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  expect(await screen.findByText(/销控表只有专案经理、副理及其授权的人可以查看/)).toBeInTheDocument();
  expect(screen.queryByRole('tab', { name: '销控表' })).not.toBeInTheDocument();
  expect(screen.queryByRole('group', { name: '1 层' })).not.toBeInTheDocument();

  async function ask(label: string) {
    await user.click(screen.getByRole('combobox', { name: '房源' }));
    await user.click(await screen.findByTitle(label));
    await user.click(screen.getByRole('button', { name: '询问' }));
    return screen.findByRole('status');
  }
  // Someone else's unit: not free, and nothing of who or why.
  expect(await ask('1栋-1单元-102')).toHaveTextContent('1栋-1单元-102：不可售');
  expect(screen.queryByText(/赵女士|孙丽/)).not.toBeInTheDocument();
  expect(screen.queryByText(/¥/)).not.toBeInTheDocument();

  const free = await ask('1栋-1单元-101');
  expect(free).toHaveTextContent('1栋-1单元-101：可售');
  await user.click(within(free).getByRole('button', { name: '申请销控' }));
  const dialog = await screen.findByRole('dialog', { name: /申请销控 1栋-1单元-101/ });
  await waitFor(() => expect(within(dialog).getByLabelText('客户姓名')).toHaveFocus());
  await user.keyboard('王先生');
  await user.type(within(dialog).getByLabelText('客户电话'), '13812345678{Enter}');
  const row = (await screen.findByText('1栋-1单元-101', { selector: 'td' })).closest('tr')!;
  expect(row).toHaveTextContent('王先生');
  expect(row).toHaveTextContent('待审批');

  // The customer will not pay: reported to the manager with the reason.
  await user.click(within(row as HTMLElement).getByRole('button', { name: '报告不定 1栋-1单元-101' }));
  const report = await screen.findByRole('dialog', { name: '报告不定：1栋-1单元-101' });
  await user.type(within(report).getByLabelText(/原因/), '客户考虑后暂不定房{Enter}');
  await waitFor(() => expect(row).toHaveTextContent('已报告不定'));
  await desk.signInAs('李经理');
  expect((await desk.ok('holds.reports')).map((h) => h.reported?.reason)).toEqual(['客户考虑后暂不定房']);
  const asked = await desk.ok('holds.inquiries', {});
  expect(asked.map((q) => [q.askedByName, q.unitLabel, q.free])).toEqual([
    ['张伟', '1栋-1单元-101', true],
    ['张伟', '1栋-1单元-102', false],
  ]);
});

test('the manager sees the queue badge, approves, and the board shows a countdown; the status filter works', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  const id = await unitId(mounted, '201');
  await desk.signInAs('张伟');
  await desk.ok('holds.request', {
    unitId: id,
    customerName: '王先生',
    customerPhone: '13812345678',
  });
  await desk.ok('auth.signOut');

  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  const queueTab = await screen.findByRole('tab', { name: /待审批/ });
  await waitFor(() => expect(queueTab).toHaveTextContent('1'));
  await user.click(queueTab);
  await user.click(await screen.findByRole('button', { name: '批准 1栋-1单元-201' }));
  await waitFor(() => expect(screen.getByRole('tab', { name: /待审批/ })).not.toHaveTextContent('1'));

  await user.click(screen.getByRole('tab', { name: '销控表' }));
  const cell = await screen.findByRole('button', { name: '201，保留中' });
  expect(within(cell).getByRole('timer')).toHaveTextContent(/剩余 (30:00|29:[0-5]\d)/);
  expect(cell).toHaveTextContent('王先生');
  expect(cell).toHaveTextContent('¥');

  await user.click(screen.getByRole('combobox', { name: '状态' }));
  await user.click(await screen.findByTitle('保留中')); // antd draws options as titled items
  expect(screen.getByRole('button', { name: '101，可售' })).toHaveClass('board-cell-dimmed');
  expect(screen.getByRole('button', { name: '201，保留中' })).not.toHaveClass('board-cell-dimmed');
});
