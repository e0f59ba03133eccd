import type { Page } from 'playwright-core';
import type { Desk } from '../../../electron/core/desk';
import { DENOMINATIONS_FEN } from '../../../shared/contract/dayclose';
import { must, PIN } from './actKit';

/**
 * What the close asks before its review, done over the router as 王芳: her ticket cash counted
 * (pieces from the largest face down) and handed to 钱出纳, the closing check signed.
 */
export async function prepareTheClose(desk: Desk, id: (name: string) => number): Promise<void> {
  await must(desk, 'auth.signIn', { userId: id('王芳'), secret: PIN['王芳'] });
  const { people } = (await must(desk, 'cash.balances', {})) as {
    people: { userId: number; balanceFen: number }[];
  };
  let left = people.find((b) => b.userId === id('王芳'))?.balanceFen ?? 0;
  const pieces: Record<string, number> = {};
  for (const fen of DENOMINATIONS_FEN) {
    pieces[String(fen)] = Math.floor(left / fen);
    left -= pieces[String(fen)]! * fen;
  }
  const prep = (await must(desk, 'dayclose.prepare', {})) as { businessDate: string };
  await must(desk, 'dayclose.countCash', {
    businessDate: prep.businessDate,
    pieces,
    countersign: { userId: id('钱出纳'), secret: PIN['钱出纳'] },
  });
  const checks = (await must(desk, 'checks.day', { date: prep.businessDate })) as { closingList: string[] };
  if (checks.closingList.length > 0)
    await must(desk, 'checks.sign', {
      kind: 'closing',
      date: prep.businessDate,
      items: checks.closingList.map((name) => ({ name, ticked: true })),
      signer: { userId: id('王芳'), secret: PIN['王芳'] },
    });
  await must(desk, 'auth.signOut', {});
}

/**
 * On the page, signed in as 王芳: the close opened, the drawer counted as the ledger has it
 * (Enter goes on), then the cash, takings and keys steps passed; waits on the closing check.
 */
export async function walkTheCloseToItsCheck(page: Page, desk: Desk): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByText('日结', { exact: true }).first().click();
  const counts = (await must(desk, 'tickets.stock', {})) as { typeId: number; onHand: number }[];
  const prep = (await must(desk, 'dayclose.prepare', {})) as { stock: { typeId: number; name: string }[] };
  for (const line of prep.stock) {
    const onHand = counts.find((c) => c.typeId === line.typeId)?.onHand ?? 0;
    await page.getByLabel(`${line.name} 实点数`).fill(String(onHand));
  }
  await page.getByLabel(`${prep.stock.at(-1)!.name} 实点数`).press('Enter');
  // cash counted, takings (none but cash), keys, the closing check: each answers 下一步
  for (const step of ['cash', 'takings', 'keys', 'check']) {
    await page.locator('.dayclose-step .step-next:not([disabled])').waitFor();
    if (step !== 'check') await page.locator('.dayclose-step .step-next').click();
  }
}
