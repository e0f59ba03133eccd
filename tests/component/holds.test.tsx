import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

async function unitId(m: MountedDesk, room: string): Promise<number> {
  await m.desk.signInAs('李经理');
  const board = await m.desk.ok('holds.board');
  return board.units.find((u) => u.room === room)!.id;
}

test('a consultant requests a hold from the board; the cell turns pending and shows only their own customer', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  // someone else's pending hold on 102, placed before the consultant opens the board
  const other = await unitId(mounted, '102');
  await desk.signInAs('孙丽');
  await desk.ok('holds.request', { unitId: other, customerName: '赵女士', customerPhone: '13987654321' });
  await desk.ok('auth.signOut');

  await signIn(user, '张伟', '5555');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  const floor1 = await screen.findByRole('group', { name: '1 层' });
  expect(within(floor1).getByRole('button', { name: '102，待审批' })).toBeInTheDocument();
  expect(screen.queryByText('赵女士')).not.toBeInTheDocument();
  expect(screen.queryByText(/¥/)).not.toBeInTheDocument(); // no prices for a consultant

  await user.click(within(floor1).getByRole('button', { name: '101，可售' }));
  const dialog = await screen.findByRole('dialog', { name: /申请销控 1栋-1单元-101/ });
  await waitFor(() => expect(within(dialog).getByLabelText('客户姓名')).toHaveFocus());
  await user.keyboard('王先生');
  await user.type(within(dialog).getByLabelText('客户电话'), '13812345678{Enter}');
  expect(await within(floor1).findByRole('button', { name: '101，待审批' })).toHaveTextContent('王先生');
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
