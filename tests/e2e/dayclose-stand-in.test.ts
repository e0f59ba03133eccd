import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** An antd select by its label: open it, type the name, Enter. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

/**
 * A stand-in keeps the takings overnight (000:605): the close at 1366x768 says who carries what,
 * does not wait for it, and the sheet shows it as 留存 by name.
 */
test('the stand-in’s cash is carried overnight and the day closes', async () => {
  await web.startTheDay();
  const twoD = (await data('tickets.catalogue')).types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 2, paymentMethod: 'cash' }); // 王芳 ¥70.00
  await web.signInOverRpc('刘敏', '4444');
  await data('tickets.sell', { typeId: twoD.id, count: 1, paymentMethod: 'cash' }); // 刘敏 ¥35.00

  const { context, page } = await web.openDesk({ viewport: { width: 1366, height: 768 } });
  await signIn(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '日结', exact: true }).click();
  const stock = page.getByLabel('2D 电影票 实点数');
  await expect.poll(() => stock.isVisible()).toBe(true);
  const date = await page.getByLabel('营业日').inputValue();
  await stock.fill('17');
  await page.getByLabel('3D 电影票 实点数').fill('0');
  await page.getByLabel('3D 电影票 实点数').press('Enter');

  await expect.poll(() => page.getByText('仍有票款未交出纳：王芳 ¥70.00').isVisible()).toBe(true);
  await expect
    .poll(() => page.getByText('替班人留存过夜、次日交前台（不影响日结）：刘敏 ¥35.00').isVisible())
    .toBe(true);
  await page.getByLabel('¥50.00 张数').fill('1');
  await page.getByLabel('¥20.00 张数').fill('1');
  await pick(page, '财务出纳', '钱出纳');
  await page.getByLabel('财务出纳 PIN').fill('6666');
  await page.getByLabel('财务出纳 PIN').press('Enter');
  await expect.poll(() => page.getByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）').isVisible()).toBe(true);
  await next(page);
  await expect.poll(() => page.getByText(/钥匙检查通过/).isVisible()).toBe(true);
  await next(page);
  // The closing check: every item ticked, signed with her own PIN.
  for (const item of DEFAULT_SETTINGS.closingChecklist)
    await page.getByRole('checkbox', { name: item }).check();
  await page.getByLabel('本人 PIN').fill('3333');
  await page.getByRole('button', { name: '签署闭店检查' }).click();
  await expect.poll(() => page.getByText('6 项全部正常').isVisible()).toBe(true);
  await next(page);
  await next(page);
  await pick(page, '前台接待员', '王芳');
  await page.getByLabel('前台接待员 PIN').fill('3333');
  await pick(page, '财务出纳', '钱出纳');
  await page.getByLabel('财务出纳 PIN').fill('6666');
  await pick(page, '专案经理', '李经理');
  await page.getByLabel('专案经理 PIN').fill('1111');
  await page.getByLabel('专案经理 PIN').press('Enter');
  await expect.poll(() => page.getByText(`${date} 已日结`).isVisible(), { timeout: 15_000 }).toBe(true);

  const sheet = await data('exports.daySheet', { date });
  expect(sheet.close!.carried).toEqual([{ name: '刘敏', amountFen: 3500 }]);
  await context.close();
});
