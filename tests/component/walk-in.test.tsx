import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';

// The proposal is asked after a short pause in typing; on a loaded machine the answer takes a while.
const SLOW = { timeout: 8000 };
import { setTodaysOrder } from '../support/visits';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

type Visit = { consultant_id: number; chosen_by: string };

test('a receptionist logs walk-ins by keyboard alone; the proposed consultant is shown plainly', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk); // through the same router, as 王芳
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));

  const status = () => screen.getAllByRole('status').find((s) => s.classList.contains('walk-in-proposal'))!;
  await waitFor(() => expect(status()).toHaveTextContent('接待顾问：张伟 · 轮排'), SLOW);
  const phone = screen.getByLabelText('电话');
  await waitFor(() => expect(phone).toHaveFocus(), SLOW);

  // a new visitor: phone, Tab, name, Enter
  await user.keyboard('13812345678{Tab}李女士{Enter}');
  await waitFor(() =>
    expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM visits').get()).toEqual({ n: 1 }),
  );
  const first = desk.ledger.sqlite.prepare('SELECT consultant_id, chosen_by FROM visits').get() as Visit;
  expect(first).toEqual({ consultant_id: desk.userId('张伟'), chosen_by: 'rotation' });
  await waitFor(() => expect(status()).toHaveTextContent('接待顾问：孙丽'), SLOW);
  await waitFor(() => expect(screen.getByLabelText('电话')).toHaveFocus(), SLOW);

  // she comes back and names nobody: by the rulebook (004:241) she goes by rotation as new, the
  // desk is told the manager will be asked whose she is, and her name is filled in
  await user.keyboard('138 1234 5678');
  await waitFor(() => expect(status()).toHaveTextContent('老客户：李女士，归属 张伟'), SLOW);
  expect(status()).toHaveTextContent('接待顾问：孙丽 · 轮排');
  expect(status()).toHaveTextContent('未说出顾问姓名，按新客户轮排接待');
  await waitFor(() => expect(screen.getByLabelText('客户称呼')).toHaveValue('李女士'), SLOW);
  await user.keyboard('{Enter}');
  await waitFor(() =>
    expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM visits').get()).toEqual({ n: 2 }),
  );
  const table = screen.getByRole('table', { name: '今日来访' });
  await waitFor(() => expect(within(table).getAllByText(/李女士/)).toHaveLength(2), SLOW);
  expect(within(table).getAllByText(/138\*\*\*\*5678/)).toHaveLength(2); // the desk sees it masked
  await waitFor(() => expect(screen.getByText('下一位接待：周强')).toBeInTheDocument(), SLOW);
});

test('bad input is refused with the reason and nothing is written', async () => {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '王芳', '3333');
  await setTodaysOrder(desk);
  await user.click(await screen.findByRole('menuitem', { name: '来访登记' }));
  await waitFor(() => expect(screen.getByLabelText('电话')).toHaveFocus(), SLOW);
  await user.keyboard('12345{Tab}赵先生{Enter}');
  expect(await screen.findByText('电话号码格式不对')).toBeInTheDocument(); // beside the field
  expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM visits').get()).toEqual({ n: 0 });
});
