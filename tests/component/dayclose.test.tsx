import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { DAY, sellADay } from '../support/dayclose';
import { signIn, useMountDesk, type MountedDesk } from './desk';

const mountDesk = useMountDesk();

/** The guided close walks through several antd forms in jsdom; the shared machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

async function pick(user: MountedDesk['user'], label: string, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click((await screen.findAllByTitle(name)).at(-1)!);
}

test(
  'the guided close, step by step from the keyboard: stock, cash by denomination to the cashier, keys, the closing check, review, three signatures',
  async () => {
    const mounted = await mountDesk();
    const { desk, user } = mounted;
    await sellADay(desk); // 20 2D and 10 3D received, two 2D sold for ¥70.00 cash, by 王芳
    await desk.ok('auth.signOut');
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '日结' }));

    // 1. Stock: the first count has the focus; the ledger's figures are not shown; Enter goes on.
    const twoD = await screen.findByLabelText('2D 电影票 实点数');
    await waitFor(() => expect(twoD).toHaveFocus());
    expect(screen.getByText(/盲点：先按抽屉实物清点/)).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /日终账面/ })).toBeNull();
    await user.type(twoD, '18');
    await user.type(screen.getByLabelText('3D 电影票 实点数'), '10{Enter}');

    // 2. Cash: counted by denomination against the ledger, handed to the cashier with her PIN.
    // Blind counts (the default): who still holds cash, not how much, until it is handed in.
    const fifty = await screen.findByLabelText('¥50.00 张数');
    expect(screen.getByText('仍有票款未交出纳：王芳')).toBeInTheDocument();
    expect(screen.queryByText('账面金额')).toBeNull();
    await user.type(fifty, '1');
    await user.type(screen.getByLabelText('¥20.00 张数'), '1');
    await waitFor(() => expect(screen.getAllByText('¥70.00').length).toBeGreaterThanOrEqual(1));
    await pick(user, '财务出纳', '钱出纳');
    await user.type(screen.getByLabelText('财务出纳 PIN'), '6666{Enter}');
    expect(await screen.findByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // No non-cash takings that day: the cashier has no statement to confirm.
    expect(await screen.findByText(/当日没有非现金收款/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // 3. Keys, 4. the closing check (every item ticked, her own PIN), 5. review.
    expect(await screen.findByText(/钥匙检查通过/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));
    for (const item of DEFAULT_SETTINGS.closingChecklist) {
      await user.click(await screen.findByRole('checkbox', { name: item }));
    }
    await user.type(screen.getByLabelText('本人 PIN'), '3333');
    await user.click(screen.getByRole('button', { name: '签署闭店检查' }));
    expect(await screen.findByText('6 项全部正常')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('遗留未完成工作')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // 6. Signatures: a wrong PIN is refused in place, nothing closed.
    await pick(user, '前台接待员', '王芳');
    await user.type(screen.getByLabelText('前台接待员 PIN'), '3333');
    await pick(user, '财务出纳', '钱出纳');
    await user.type(screen.getByLabelText('财务出纳 PIN'), '6666');
    await pick(user, '专案经理', '李经理');
    await user.type(screen.getByLabelText('专案经理 PIN'), '0000{Enter}');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'PIN 或密码错误，还可以再试 4 次',
    );
    expect(await desk.ok('dayclose.record', { businessDate: DAY })).toMatchObject({ status: 'open' });
    await user.clear(screen.getByLabelText('专案经理 PIN'));
    await user.type(screen.getByLabelText('专案经理 PIN'), '1111{Enter}');

    expect(await screen.findByText(`${DAY} 已日结`, {}, { timeout: 10_000 })).toBeInTheDocument();
    // the list of closes is read again once the close is on screen: wait for its line
    await waitFor(() => {
      const row = screen.getAllByRole('row').find((r) => within(r).queryByText(DAY) !== null);
      expect(row && within(row).getByText('已日结')).toBeInTheDocument();
    });
    const record = await desk.ok('dayclose.record', { businessDate: DAY });
    expect(record).toMatchObject({ status: 'closed', handedFen: 7000, cashierName: '钱出纳' });
    expect(record!.signatures.map((s) => s.name)).toEqual(['王芳', '钱出纳', '李经理']);
    expect(record!.stock.map((s) => [s.typeName, s.counted])).toEqual([
      ['2D 电影票', 18],
      ['3D 电影票', 10],
    ]);
  },
  SLOW_UNDER_LOAD,
);
