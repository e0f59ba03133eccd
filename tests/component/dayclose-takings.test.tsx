import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DAY, handTheCash, sellADay } from '../support/dayclose';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

/** The guided close in jsdom on a shared machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

async function pick(user: MountedDesk['user'], label: string, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

test(
  'the cashier types each statement figure, explains a difference and signs with her PIN',
  async () => {
    const { desk, user } = await mountDesk();
    const types = await sellADay(desk);
    await desk.ok('tickets.sell', { typeId: types.twoD, count: 2, paymentMethod: 'wechat' }); // ¥70.00
    await handTheCash(desk);
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '日结' }));
    await user.type(await screen.findByLabelText('2D 电影票 实点数'), '16');
    await user.type(screen.getByLabelText('3D 电影票 实点数'), '10{Enter}');
    // The cash step, its cash handed in; until it shows, 下一步 is still the stock step's button.
    expect(await screen.findByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    const wechat = await screen.findByLabelText('微信 对账单金额');
    await waitFor(() => expect(wechat).toHaveFocus());
    await user.type(wechat, '69.50');
    expect(await screen.findByText('-¥0.50')).toBeInTheDocument();
    for (const method of ['支付宝', '刷卡', '转账'])
      await user.type(screen.getByLabelText(`${method} 对账单金额`), '0');
    await pick(user, '财务出纳', '钱出纳');
    await user.type(screen.getByLabelText('财务出纳 PIN'), '6666{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '微信：对账单 ¥69.50 与账面 ¥70.00 不符，请说明原因',
    );

    await user.type(screen.getByLabelText('微信 差额说明'), '手续费');
    await user.type(screen.getByLabelText('财务出纳 PIN'), '{Enter}');
    expect(await screen.findByText('出纳 钱出纳 已核对非现金收款')).toBeInTheDocument();
    const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
    expect(prep.takings.confirmed!.lines.find((l) => l.method === 'wechat')).toMatchObject({
      ledgerFen: 7000,
      statementFen: 6950,
      explanation: '手续费',
    });
  },
  SLOW_UNDER_LOAD,
);
