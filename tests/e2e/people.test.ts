import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAndWait } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** An antd select by its label: open it, type the name, Enter. */
async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

const awayOf = async (name: string) =>
  (await data('rotation.today')).queue.find((q) => q.name === name)?.away ?? null;

test('a day of the people at the desk: the roster, clocking in by own PIN, an outing approved and back, the manager sets the month', async () => {
  await web.startTheDay(); // the consultants' rotation of the day
  const { page } = await web.openDesk({ viewport: { width: 1366, height: 768 } });
  await signInAndWait(page, '王芳', '3333');

  // The month's roster: the manager's to set; the receptionist reads it.
  await page.getByRole('menuitem', { name: '排班', exact: true }).click();
  const today = (await data('attendance.today')).date;
  const cell = page.getByLabel(`王芳 ${today}：不排`);
  await expect.poll(() => cell.isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: `王芳 ${today}：不排` }).count()).toBe(0);

  // 签到 with her own PIN, from the keyboard: the dialog starts in the name picker.
  await page.getByRole('menuitem', { name: /^出勤/ }).click();
  await page.getByRole('button', { name: '签到', exact: true }).click();
  const punch = page.getByRole('dialog', { name: '签到' });
  await page.keyboard.type('王芳');
  await page.keyboard.press('Enter');
  await punch.getByLabel('本人 PIN（须本人输入）').fill('3333');
  await punch.getByLabel('本人 PIN（须本人输入）').press('Enter');
  const board = page.getByRole('table', { name: '今日出勤' });
  await expect.poll(() => board.getByRole('button', { name: '签退 王芳' }).isVisible()).toBe(true);

  // Her PIN typed for 陈静 is 代签: refused in the dialog, and nothing is clocked.
  await board.getByRole('button', { name: '签到 陈静' }).click();
  await punch.getByLabel('本人 PIN（须本人输入）').fill('3333');
  await punch.getByLabel('本人 PIN（须本人输入）').press('Enter');
  await expect.poll(() => punch.getByText(/不能替别人打卡（代签）/).isVisible()).toBe(true);
  await punch.getByRole('button', { name: /取\s?消/ }).click();
  const day = await data('attendance.today');
  expect(day.people.find((p) => p.name === '陈静')?.in ?? null).toBeNull();
  expect(day.people.find((p) => p.name === '王芳')?.in).not.toBeNull();
  await screenshot(page, 'attendance');

  // 张伟 goes out, approved by the manager's PIN in the same dialog: away in the rotation.
  await page.getByRole('tab', { name: '外出登记' }).click();
  await page.getByRole('button', { name: /外出登记/ }).click();
  const outing = page.getByRole('dialog', { name: '外出登记（专案签字同意）' });
  await pick(page, outing, '外出人', '张伟');
  await outing.getByLabel('事由').fill('送按揭资料');
  await outing.getByLabel('去处').fill('建设银行');
  await pick(page, outing, '批准人（专案）', '李经理');
  await outing.getByLabel('批准人 PIN').fill('1111');
  await outing.getByLabel('批准人 PIN').press('Enter');
  const outNow = page.getByRole('table', { name: '正在外出' });
  await expect.poll(() => outNow.getByRole('cell', { name: '张伟', exact: true }).isVisible()).toBe(true);
  expect(await awayOf('张伟')).toBe(true);
  await screenshot(page, 'outings');

  // Back: his own PIN; the rotation has him back in his place.
  await outNow.getByRole('button', { name: '返回 张伟' }).click();
  const back = page.getByRole('dialog', { name: /张伟 返回/ });
  await back.getByLabel('张伟 的 PIN').fill('5555');
  await back.getByLabel('张伟 的 PIN').press('Enter');
  await expect.poll(() => outNow.getByRole('cell', { name: '张伟', exact: true }).count()).toBe(0);
  expect(await awayOf('张伟')).toBe(false);
  const { outings } = await data('outings.list');
  expect(outings).toMatchObject([{ name: '张伟', state: 'returned', approvedBy: '李经理' }]);

  // The manager sets the month: 王芳 on 白班 today, staying at the counter over lunch.
  await web.rpc('auth.signOut');
  await page.reload();
  await signInAndWait(page, '李经理', '1111');
  await page.getByRole('menuitem', { name: '排班', exact: true }).click();
  await page.getByRole('button', { name: `王芳 ${today}：不排` }).click();
  const cellDialog = page.getByRole('dialog', { name: '排班：王芳' });
  await cellDialog.getByRole('checkbox', { name: '午间留守前台' }).check();
  await cellDialog.getByRole('button', { name: '保存排班' }).click();
  await expect
    .poll(() => page.getByRole('button', { name: new RegExp(`^王芳 ${today}：.+午$`) }).isVisible())
    .toBe(true);
  const month = await data('roster.month', { month: today.slice(0, 7) });
  const mine = month.people.find((p) => p.name === '王芳')!.cells.find((c) => c.date === today);
  expect(mine).toMatchObject({ duty: 'shift', lunchCover: true });
  await screenshot(page, 'roster');
});
