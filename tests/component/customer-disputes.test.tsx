import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DISPUTES_PAGE } from '../../shared/contract/customers';
import { setTodaysOrder, walkIn } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const SLOW = { timeout: 15_000 };

const mountDesk = useMountDesk();

const customerName = (i: number) => (i === 0 ? '最早的客户' : `客户${i}`);
const phoneOf = (i: number) => `1390000${String(i).padStart(4, '0')}`;

test('the manager sees the newest disputes first and loads older ones on asking', async () => {
  const { user, desk, calls } = await mountDesk();
  const disputes = DISPUTES_PAGE + 3;
  await desk.signInAs('王芳');
  await setTodaysOrder(desk);
  // every customer named 张伟 at the door (so he owns them), then 孙丽 claims them in turn
  const customers: number[] = [];
  for (let i = 0; i < disputes; i++) {
    const { visit } = await walkIn(desk, { name: customerName(i), phone: phoneOf(i), named: '张伟' });
    customers.push(visit.customer.id);
  }
  await desk.signInAs('孙丽');
  for (const customerId of customers) await desk.ok('customers.claim', { customerId, note: '之前接待过' });
  await desk.ok('auth.signOut');

  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '客户归属' }));
  const more = await screen.findByRole('button', { name: '加载更早的争议' }, SLOW);
  const table = screen.getAllByRole('table')[0]!;
  expect(within(table).getAllByRole('row')).toHaveLength(1 + DISPUTES_PAGE);
  expect(
    within(table).getByText(`${customerName(disputes - 1)} ${phoneOf(disputes - 1)}`),
  ).toBeInTheDocument();
  expect(within(table).queryByText(/最早的客户/)).not.toBeInTheDocument();

  await user.click(more);
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: '加载更早的争议' })).not.toBeInTheDocument(),
  );
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(1 + disputes);
  expect(rows.at(-1)).toHaveTextContent('最早的客户');
  expect(calls.filter((c) => c === 'customers.disputes')).toHaveLength(2);
}, 120_000);
