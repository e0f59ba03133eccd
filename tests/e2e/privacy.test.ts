import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { mainNav, signInAndWait } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const FRONT_DESK = { viewport: { width: 1366, height: 768 } };

async function pickInDialog(page: Page, label: string, option: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: label }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

test('the desk takes a message for an absent consultant; he calls back; a number is shown only with the manager’s PIN and listed', async () => {
  await web.oneWalkIn({ phone: '13812345678' }); // 李女士, on a started day
  const { context, page } = await web.openDesk(FRONT_DESK);
  await signInAndWait(page, '王芳', '3333');

  // 留言 for 张伟, who is out
  await mainNav(page).getByText('留言', { exact: true }).click();
  await page.getByRole('combobox', { name: '留给谁' }).click();
  await page.keyboard.type('张伟');
  await page.keyboard.press('Enter');
  await page.getByLabel('来电/来访人').fill('刘先生');
  await page.getByLabel('电话', { exact: true }).fill('13900001111');
  await page.getByLabel('什么事').fill('想再看一次 3-1-302');
  await page.getByRole('button', { name: '记下留言' }).click();
  const waiting = page.getByRole('table', { name: '待回电的留言' });
  await expect.poll(() => waiting.getByText('想再看一次 3-1-302').isVisible()).toBe(true);
  await screenshot(page, 'messages');

  // a masked number, shown in full with the manager's PIN; a wrong PIN is refused in the dialog
  await mainNav(page).getByText('来访登记', { exact: true }).click();
  await page.getByRole('searchbox', { name: '查找客户' }).fill('5678');
  await page.getByRole('searchbox', { name: '查找客户' }).press('Enter');
  const results = page.getByRole('table', { name: '查找结果' });
  await expect.poll(() => results.getByText('138****5678').isVisible()).toBe(true);
  await results.getByRole('button', { name: '查看 李女士 的完整号码' }).click();
  await page.getByRole('dialog').getByLabel('原因').fill('客户来电要求回拨');
  await pickInDialog(page, '批准的专案经理', '李经理');
  await page.getByRole('dialog').getByLabel('专案经理 PIN').fill('0000');
  await page.getByRole('dialog').getByLabel('专案经理 PIN').press('Enter');
  await expect.poll(() => page.getByRole('dialog').getByText('PIN 或密码错误').isVisible()).toBe(true);
  await page.getByRole('dialog').getByLabel('专案经理 PIN').fill('1111');
  await page.getByRole('dialog').getByLabel('专案经理 PIN').press('Enter');
  await expect.poll(() => page.getByText('13812345678', { exact: true }).isVisible()).toBe(true);
  await page.getByRole('button', { name: '看完了' }).click();
  await expect.poll(() => page.getByText('13812345678', { exact: true }).count()).toBe(0);
  await context.close();

  // 张伟 sees the message left for him and records his call back
  const consultant = await web.openDesk(FRONT_DESK);
  await signInAndWait(consultant.page, '张伟', '5555');
  await mainNav(consultant.page).getByText('留言', { exact: true }).click();
  const mine = consultant.page.getByRole('table', { name: '给我的留言' });
  await mine.getByRole('button', { name: '刘先生 的留言已回电' }).click();
  await consultant.page.getByRole('dialog').getByLabel('结果').fill('约了周六再来');
  await consultant.page.getByRole('dialog').getByLabel('结果').press('Enter');
  await expect.poll(() => mine.getByText(/（张伟）：约了周六再来/).isVisible()).toBe(true);
  await consultant.context.close();

  // the manager reads the disclosure register
  const manager = await web.openDesk(FRONT_DESK);
  await signInAndWait(manager.page, '李经理', '1111');
  await mainNav(manager.page).getByText('号码查看登记', { exact: true }).click();
  const register = manager.page.getByRole('table', { name: '号码查看登记' });
  await expect.poll(() => register.getByText('客户来电要求回拨').isVisible()).toBe(true);
  const line = register.getByRole('row').filter({ hasText: '客户来电要求回拨' });
  expect(await line.innerText()).toMatch(/王芳\s+李女士\s+138\*\*\*\*5678\s+客户来电要求回拨\s+李经理/);
  await screenshot(manager.page, 'disclosures');
  await manager.context.close();
});
