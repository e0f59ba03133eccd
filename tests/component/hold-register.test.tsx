import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { HOLD_REGISTER_PAGE, type HoldView } from '../../shared/contract/holds';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

/** 张伟 asks for every unit, the manager turns each down: two register lines a unit. */
async function requestAndRejectAll(m: MountedDesk, firstCustomer: string): Promise<number> {
  const { desk } = m;
  await desk.signInAs('李经理');
  const units = (await desk.ok('holds.board')).units;
  await desk.signInAs('张伟');
  const holds: HoldView[] = [];
  for (const [i, unit] of units.entries()) {
    holds.push(
      await desk.ok('holds.request', {
        unitId: unit.id,
        customerName: i === 0 ? firstCustomer : `客户${i}`,
        customerPhone: '13812345678',
      }),
    );
  }
  await desk.signInAs('李经理');
  for (const hold of holds) await desk.ok('holds.reject', { holdId: hold.id, reason: '资料不全' });
  return 2 * units.length;
}

test('the register shows the newest page first and loads older events on asking', async () => {
  const mounted = await mountDesk();
  const { user, desk, calls } = mounted;
  let events = await requestAndRejectAll(mounted, '最早的客户');
  while (events <= HOLD_REGISTER_PAGE) events += await requestAndRejectAll(mounted, '后来的客户');
  await desk.ok('auth.signOut');

  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  await user.click(await screen.findByRole('tab', { name: '销控登记表' }));
  // the newest 50 events, one screen's page of the table, the oldest event not among them
  await screen.findByRole('button', { name: '加载更早的记录' });
  expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + HOLD_REGISTER_PAGE);
  expect(screen.queryByTitle('2')).not.toBeInTheDocument();
  expect(calls.filter((c) => c === 'holds.register')).toHaveLength(1);

  // older pages on asking, until the first line of the ledger came (a full last page asks once
  // more and finds nothing)
  const asks = Math.floor(events / HOLD_REGISTER_PAGE);
  for (let asked = 1; asked <= asks; asked++) {
    await user.click(screen.getByRole('button', { name: '加载更早的记录' }));
    const loaded = Math.min(events, (asked + 1) * HOLD_REGISTER_PAGE);
    await waitFor(() => expect(screen.getByTitle(String(Math.ceil(loaded / 50)))).toBeInTheDocument());
    await waitFor(() => expect(calls.filter((c) => c === 'holds.register')).toHaveLength(asked + 1));
  }
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: '加载更早的记录' })).not.toBeInTheDocument(),
  );
  expect(calls.filter((c) => c === 'holds.register')).toHaveLength(asks + 1);
  const pages = Math.ceil(events / 50);
  await user.click(screen.getByTitle(String(pages)));
  const table = screen.getByRole('table');
  // the very first line of the ledger, at the end of the last page
  const rows = within(table).getAllByRole('row');
  expect(rows.at(-1)).toHaveTextContent('最早的客户');
  expect(rows.at(-1)).toHaveTextContent('申请销控');
  expect(rows).toHaveLength(1 + (events - (pages - 1) * 50)); // the header row and the rest
});
