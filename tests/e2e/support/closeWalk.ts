import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/contract/settings';

/**
 * The guided day close 日结 as the desk walks it, one step at a time, for the e2e tests that go
 * through it: stock counted (blind: the ledger's figures come after), cash by denomination to
 * the cashier, the non-cash takings, keys, the closing check, review, three signatures.
 */

/** An antd select by its label: open it, type the name, Enter. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

export const nextStep = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

/** Opens the close and waits for the stock step; answers the business date it is closing. */
export async function openTheClose(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: '日结', exact: true }).click();
  await expect.poll(() => page.getByLabel('2D 电影票 实点数').isVisible()).toBe(true);
  return page.getByLabel('营业日').inputValue();
}

/** Step 1: the drawer counted per type (names as the catalogue has them), Enter goes on. */
export async function countStock(page: Page, counts: Record<string, number>): Promise<void> {
  const names = Object.keys(counts);
  for (const name of names) await page.getByLabel(`${name} 实点数`).fill(String(counts[name]));
  await page.getByLabel(`${names.at(-1)} 实点数`).press('Enter');
}

/** Step 2: the pieces by face value (`{ '¥50.00': 1 }`) handed to 钱出纳, who types her PIN. */
export async function handCashToCashier(page: Page, pieces: Record<string, number>): Promise<void> {
  await expect.poll(() => page.getByLabel('¥50.00 张数').isVisible()).toBe(true);
  for (const [face, n] of Object.entries(pieces)) await page.getByLabel(`${face} 张数`).fill(String(n));
  await pick(page, '财务出纳', '钱出纳');
  await page.getByLabel('财务出纳 PIN').fill('6666');
  await page.getByLabel('财务出纳 PIN').press('Enter');
}

/** Step 3, on a day without WeChat, Alipay, card or transfer takings: nothing to confirm. */
export async function passNoTakings(page: Page): Promise<void> {
  await expect.poll(() => page.getByText(/当日没有非现金收款/).isVisible()).toBe(true);
  await nextStep(page);
}

/** Step 4: every key home. */
export async function passKeys(page: Page): Promise<void> {
  await expect.poll(() => page.getByText(/钥匙检查通过/).isVisible()).toBe(true);
  await nextStep(page);
}

/** Step 5: the closing check, every item ticked, signed with the receptionist's own PIN. */
export async function signClosingCheck(page: Page, pin = '3333'): Promise<void> {
  for (const item of DEFAULT_SETTINGS.closingChecklist)
    await page.getByRole('checkbox', { name: item }).check();
  await page.getByLabel('本人 PIN').fill(pin);
  await page.getByRole('button', { name: '签署闭店检查' }).click();
  await expect.poll(() => page.getByText('6 项全部正常').isVisible()).toBe(true);
  await nextStep(page);
}

/** Step 7: 王芳, 钱出纳 and 李经理 sign; waits for the date to show closed. */
export async function signTheClose(page: Page, date: string): Promise<void> {
  await pick(page, '前台接待员', '王芳');
  await page.getByLabel('前台接待员 PIN').fill('3333');
  await pick(page, '财务出纳', '钱出纳');
  await page.getByLabel('财务出纳 PIN').fill('6666');
  await pick(page, '专案经理', '李经理');
  await page.getByLabel('专案经理 PIN').fill('1111');
  await page.getByLabel('专案经理 PIN').press('Enter');
  await expect.poll(() => page.getByText(`${date} 已日结`).isVisible(), { timeout: 15_000 }).toBe(true);
}
