import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** The accessible name of what has the focus, as a screen reader would announce it. */
async function focused(page: Page): Promise<string> {
  const focus = page.locator(':focus');
  if ((await focus.count()) !== 1) return '';
  const line = (await focus.ariaSnapshot()).split('\n')[0] ?? '';
  // antd draws a required mark and an inline form's colon with CSS, and both count in the
  // computed name; the label is what is between them.
  return (/^- [\w-]+ "(.*?)"/.exec(line)?.[1] ?? '').replace(/^\*\s*/, '').replace(/\s*[:：]$/, '');
}

test('a receptionist does the desk’s day by keyboard alone: sign in, a walk-in, a call, a ticket sale, a key out and back', async () => {
  // Set-up that is not today's subject, through /rpc: the rotation and tickets in stock.
  await web.startTheDay();
  const roster = await data('auth.roster');
  const line = (await data('tickets.stock')).find((l) => l.active)!;
  await data('tickets.receive', { typeId: line.typeId, count: 20 });
  await data('auth.signOut');

  const { context, page } = await web.openPage({ viewport: { width: 1360, height: 860 } });
  const kb = page.keyboard;

  // Sign in: the caret starts on the names; arrows to 王芳, Tab to the PIN, Enter.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
  for (let i = 0; i < roster.length && (await focused(page)) !== '王芳'; i++) await kb.press('ArrowRight');
  expect(await focused(page)).toBe('王芳');
  await kb.press('Tab');
  expect(await focused(page)).toBe('PIN 码');
  await kb.type('3333');
  await kb.press('Enter');
  await expect.poll(() => page.getByRole('heading', { name: '您好，王芳' }).isVisible()).toBe(true);

  // The focus lands on the page, not in the fading sign-in form.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

  // F1 lists the shortcuts; Escape closes the list.
  await kb.press('F1');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect.poll(() => help.isVisible()).toBe(true);
  await expect.poll(() => help.getByRole('row', { name: /F2 登记来访/ }).isVisible()).toBe(true);
  await screenshot(page, 'keyboard-shortcuts');
  await kb.press('Escape');
  await expect.poll(() => help.isVisible()).toBe(false);

  // F2: a walk-in. Phone, Tab, name, Enter.
  await kb.press('F2');
  await expect.poll(() => focused(page)).toBe('电话');
  await kb.type('13900001111');
  await kb.press('Tab');
  expect(await focused(page)).toBe('客户称呼');
  await kb.type('赵先生');
  await expect.poll(() => page.getByText('接待顾问：张伟').isVisible()).toBe(true);
  await kb.press('Enter');
  const today = page.getByRole('table', { name: '今日来访' });
  await expect.poll(() => today.getByRole('row', { name: /赵先生/ }).isVisible()).toBe(true);
  await expect.poll(() => focused(page)).toBe('电话'); // ready for the next visitor
  const day = await data('visits.day');
  expect(day.visits.map((v) => [v.customer.name, v.consultantName])).toEqual([['赵先生', '张伟']]);

  // F3: a call. Phone, Tab, caller, Enter.
  await kb.press('F3');
  await expect.poll(() => focused(page)).toBe('电话');
  await kb.type('13900002222');
  await kb.press('Tab');
  expect(await focused(page)).toBe('来电人称呼');
  await kb.type('钱女士');
  await kb.press('Enter');
  const calls = page.getByRole('table', { name: '今日来电' });
  await expect.poll(() => calls.getByRole('row', { name: /钱女士/ }).isVisible()).toBe(true);
  const callDay = await data('calls.day');
  expect(callDay.calls.map((c) => c.customer.name)).toEqual(['钱女士']);

  // F4: sell two tickets. The type is preselected; Tab to the count, replace 1 by 2, Enter.
  await kb.press('F4');
  await expect.poll(() => focused(page)).toBe('票种');
  await kb.press('Tab');
  expect(await focused(page)).toBe('张数');
  await kb.press('Control+A');
  await kb.type('2');
  await kb.press('Enter');
  // The lasting state, not the success toast (it fades after 3 s, which a loaded machine's
  // polling can miss): the stock row shows the count after the sale.
  const onHandAfter = line.onHand + 20 - 2;
  const stockRow = page
    .getByRole('table', { name: '库存' })
    .getByRole('row', { name: new RegExp(line.name) });
  await expect.poll(() => stockRow.innerText()).toMatch(new RegExp(`\\b${onHandAfter}\\b`));
  const after = (await data('tickets.stock')).find((l) => l.typeId === line.typeId)!;
  expect(after.onHand).toBe(onHandAfter);

  // F5: a show-flat key out to 张伟 (tag, Enter; person, Enter; Tab, purpose, Enter) …
  await kb.press('F5');
  await expect.poll(() => focused(page)).toBe('钥匙编号');
  await kb.type('yba');
  await kb.press('Enter');
  const issue = page.getByRole('dialog', { name: /借出 YBA/ });
  await expect.poll(() => issue.isVisible()).toBe(true);
  await expect.poll(() => focused(page)).toBe('员工');
  await kb.type('张伟');
  // Enter picks the highlighted match once the list has filtered to it.
  const match = page.locator('.ant-select-item-option-active', { hasText: '张伟' });
  await expect.poll(() => match.isVisible()).toBe(true);
  await kb.press('Enter');
  // The select closes a macrotask after Enter; until then it takes a Tab as "choose the active
  // option" and keeps the caret (rc-select), so wait until it says it is closed.
  const staff = issue.getByRole('combobox', { name: '员工' });
  await expect.poll(() => staff.getAttribute('aria-expanded')).toBe('false');
  await kb.press('Tab');
  expect(await focused(page)).toBe('用途');
  await kb.type('带客户看样板房');
  await kb.press('Enter');
  await expect.poll(() => issue.isVisible()).toBe(false);
  const holderOf = async () =>
    (await data('keys.board')).find((k) => k.tag === 'YBA')!.copyStates.map((c) => c.holder?.name ?? null);
  await expect.poll(holderOf).toEqual(['张伟', null]);

  // … and back: F5 again, the tag, Tab past Issue to Return, Enter.
  await kb.press('F5');
  await expect.poll(() => focused(page)).toBe('钥匙编号');
  await kb.type('YBA');
  await kb.press('Tab');
  await kb.press('Tab');
  expect(await focused(page)).toMatch(/^归\s?还$/);
  await kb.press('Enter');
  await expect.poll(holderOf).toEqual([null, null]);
  await expect.poll(() => page.getByText('已归还 YBA').first().isVisible()).toBe(true);

  await context.close();
});

test('arrow keys pressed while the names are still loading neither change the language nor lose the caret', async () => {
  // On a slow start the dialog's focus trap put the caret on the first thing it could hold, the
  // language switch: the receptionist's → towards her name switched the screen to English.
  await data('auth.signOut');
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const { context, page } = await web.openPage({
    beforeLoad: (p) =>
      p.route('**/rpc/auth.roster', async (route) => {
        await held;
        await route.continue();
      }),
  });
  const overlay = page.getByRole('dialog', { name: '请登录' });
  await expect.poll(() => overlay.isVisible()).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[role="dialog"]')?.contains(document.activeElement)),
    )
    .toBe(true);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await page.getByRole('radio', { name: '中文' }).isChecked()).toBe(true);

  release();
  // The names arrive and the caret goes to the first of them, the screen still in Chinese.
  await expect.poll(() => focused(page)).toBe('陈静');
  expect(await page.getByRole('radio', { name: '中文' }).isChecked()).toBe(true);
  // … and from there the names and the PIN work as ever: → picks the next name, Tab goes on.
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toBe('王芳');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('PIN 码');
  await context.close();
});
