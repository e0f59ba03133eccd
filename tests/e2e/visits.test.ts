import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { mainNav, signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

const nav = mainNav;

async function walkIn(page: Page, fields: { phone?: string; name: string }, receiver: string): Promise<void> {
  const phone = page.getByLabel('电话', { exact: true });
  await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
  if (fields.phone) await page.keyboard.type(fields.phone);
  await expect.poll(() => page.locator('.walk-in-receiver').innerText()).toContain(`接待顾问：${receiver}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(fields.name);
  // The same consultant may have received a moment ago: let that identical toast go first, so
  // the one awaited below is this visit's.
  const toast = page.getByText(`已登记 ${fields.name}，已通知 ${receiver} 接待`);
  await expect.poll(() => toast.count(), { timeout: 15_000 }).toBe(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => toast.first().isVisible()).toBe(true);
}

test('a morning at the desk: rotation, walk-ins, an away consultant, a returning customer, calls', async () => {
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: { width: 1400, height: 1000 } });
  await signIn(page, '王芳', '3333');
  await nav(page).getByText('来访登记', { exact: true }).click();

  // the morning's order
  await expect.poll(() => page.getByText('今天的轮排还没有排定').first().isVisible()).toBe(true);
  const order = page.getByLabel('当值顾问（按顺序）');
  for (const name of ['张伟', '孙丽', '周强', '吴娜']) {
    await order.click();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '排定今日轮排' }).click();
  await expect.poll(() => page.getByText('下一位接待：张伟').isVisible()).toBe(true);

  await page.getByLabel('电话', { exact: true }).focus();
  await walkIn(page, { phone: '13812345678', name: '李女士' }, '张伟');
  await walkIn(page, { name: '王先生' }, '孙丽');
  // the queue has moved 孙丽 to its end (周强's row moves up) before his button is pressed
  await expect.poll(() => page.getByText('下一位接待：周强').isVisible()).toBe(true);
  await page.getByRole('button', { name: '周强 暂离' }).click();
  await expect.poll(() => page.getByText('下一位接待：吴娜').isVisible()).toBe(true);
  await page.getByLabel('电话', { exact: true }).focus();
  await walkIn(page, { name: '赵女士' }, '吴娜');
  // She names nobody: by the rulebook (004:241) she is received as new, by rotation, and the
  // manager is asked whose customer she is. It is 张伟's turn anyway; the turn is used.
  await walkIn(page, { phone: '138-1234-5678', name: '李女士' }, '张伟');
  await expect.poll(() => page.getByText('下一位接待：孙丽').isVisible()).toBe(true);
  await page.getByRole('button', { name: '周强 回来' }).click();
  await expect.poll(() => page.getByText('下一位接待：周强').isVisible()).toBe(true);
  await screenshot(page, 'visits');

  const day = await data('visits.day');
  // the latest arrival first
  expect(day.visits.map((v) => `${v.consultantName}/${v.chosenBy}`)).toEqual([
    '张伟/rotation',
    '吴娜/rotation',
    '孙丽/rotation',
    '张伟/rotation',
  ]);
  expect(day.visits[0]!.customer.phone).toBe('138****5678'); // the receptionist sees it masked

  // calls: the returning caller is handed to her owner
  await nav(page).getByText('来电登记', { exact: true }).click();
  const callPhone = page.getByLabel('电话', { exact: true });
  await callPhone.fill('13812345678');
  await expect.poll(() => page.getByText('老客户，请转 张伟 接听').first().isVisible()).toBe(true);
  await page.getByLabel('来电人称呼').fill('李女士');
  await page.getByLabel('来电人称呼').press('Enter');
  await expect.poll(() => page.getByRole('cell', { name: '张伟', exact: true }).isVisible()).toBe(true);
  await callPhone.fill('');
  await page.getByLabel('来电人称呼').fill('陈先生');
  await page.getByLabel('来电人称呼').press('Enter');
  await expect.poll(() => page.getByRole('cell', { name: '王芳', exact: true }).isVisible()).toBe(true);
  await screenshot(page, 'calls');
  const calls = await data('calls.day');
  expect(calls.calls.map((c) => [c.answeredBy, c.returning])).toEqual([
    ['张伟', true],
    ['王芳', false],
  ]);

  await nav(page).getByText('来人来电分析', { exact: true }).click();
  await expect.poll(() => page.getByText('按时段').isVisible()).toBe(true);
  await screenshot(page, 'visit-analysis');
  await context.close();
});
