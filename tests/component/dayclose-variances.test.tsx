import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DAY, sellADay } from '../support/dayclose';
import { countersign } from '../support/tickets';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** The guided close in jsdom on a shared machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

test(
  'a shortfall at the hand-in shows at the close as a variance, and the manager decides it there',
  async () => {
    const { desk, user } = await mountDesk();
    await sellADay(desk); // 王芳: two 2D for ¥70.00 cash
    await desk.ok('dayclose.countCash', {
      businessDate: DAY,
      pieces: { 5000: 1, 1000: 1, 500: 1 }, // ¥65.00
      explanation: '找零多找 5 元',
      countersign: countersign(desk, '钱出纳'),
    });
    await desk.ok('auth.signOut');
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '日结' }));
    await user.type(await screen.findByLabelText('2D 电影票 实点数'), '18');
    await user.type(screen.getByLabelText('3D 电影票 实点数'), '10{Enter}');

    const table = (await screen.findByText('长短款（已按实点入账，由经理处理）')).closest(
      '.ant-table-wrapper',
    )!;
    const row = within(table as HTMLElement)
      .getAllByRole('row')
      .find((r) => within(r).queryByText('王芳') !== null)!;
    expect(within(row).getByText('短款 ¥5.00')).toBeInTheDocument();
    expect(within(row).getByText('找零多找 5 元')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '处理' }));
    const dialog = await screen.findByRole('dialog', { name: '处理 王芳 的长短款 -¥5.00' });
    await user.click(within(dialog).getByRole('radio', { name: '核销' }));
    await user.type(within(dialog).getByLabelText('处理理由'), '金额小，核销{Enter}');

    await waitFor(() => expect(within(table as HTMLElement).getByText('核销')).toBeInTheDocument());
    const [decided] = await desk.ok('cash.variances', { businessDate: DAY });
    expect(decided).toMatchObject({
      decision: 'written_off',
      decisionReason: '金额小，核销',
      decidedByName: '李经理',
    });
  },
  SLOW_UNDER_LOAD,
);

test(
  'blind stock count: a difference shows the ledger’s figures only after the count is submitted',
  async () => {
    const { desk, user } = await mountDesk();
    await sellADay(desk); // 18 2D and 10 3D on hand
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '日结' }));
    await user.type(await screen.findByLabelText('2D 电影票 实点数'), '17');
    expect(screen.queryByRole('columnheader', { name: /日终账面/ })).toBeNull();
    await user.type(screen.getByLabelText('3D 电影票 实点数'), '10{Enter}');

    expect(await screen.findByText(/清点已提交，与账面有差异/)).toBeInTheDocument();
    const row = screen.getAllByRole('row').find((r) => within(r).queryByText('2D 电影票') !== null)!;
    expect(within(row).getByText('18')).toBeInTheDocument();
    expect(within(row).getByText('-1')).toBeInTheDocument();
    await user.type(screen.getByLabelText('2D 电影票 差异说明'), '一张破损{Enter}');
    expect(await screen.findByLabelText('¥50.00 张数')).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'the manager finds an undecided variance under the ticket cash, whatever its date, and decides it',
  async () => {
    const { desk, user } = await mountDesk();
    await sellADay(desk);
    await desk.ok('dayclose.countCash', {
      businessDate: DAY,
      pieces: { 5000: 1, 1000: 1, 500: 1 },
      explanation: '找零多找 5 元',
      countersign: countersign(desk, '钱出纳'),
    });
    await desk.ok('auth.signOut');
    await signIn(user, '李经理', '1111');
    await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
    await user.click(await screen.findByRole('tab', { name: '票款保管' }));
    const table = (await screen.findByText('长短款（已按实点入账，由经理处理）')).closest(
      '.ant-table-wrapper',
    )!;
    await user.click(within(table as HTMLElement).getByRole('button', { name: '处理' }));
    const dialog = await screen.findByRole('dialog', { name: '处理 王芳 的长短款 -¥5.00' });
    await user.type(within(dialog).getByLabelText('处理理由'), '由王芳补交{Enter}');
    await waitFor(() => expect(screen.queryByText('长短款（已按实点入账，由经理处理）')).toBeNull());
    const [decided] = await desk.ok('cash.variances', {});
    expect(decided).toMatchObject({ decision: 'charged', decisionReason: '由王芳补交' });
  },
  SLOW_UNDER_LOAD,
);
