import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { tempDir } from '../support/desk';
import { openWorkbook } from '../support/daysheet';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;

/** The machine is shared; a PIN check (scrypt) and a page's reads may take a few seconds. */
const WAIT = { timeout: 15_000 };
const HOUR = 3_600_000;

async function switchTo(page: Page, name: string, pin: string) {
  // The complaint left open is closed first, as a person would before signing out.
  const card = page.getByRole('dialog', { name: /^投诉 TS-/ });
  if (await card.isVisible()) await page.keyboard.press('Escape');
  await expect.poll(() => card.isVisible(), WAIT).toBe(false);
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, name, pin);
  await expect.poll(() => page.getByRole('menuitem', { name: '客户投诉' }).isVisible(), WAIT).toBe(true);
}

/** Opens a complaint from the line that names it and waits for its card. */
async function open(page: Page, no: string) {
  await page
    .getByRole('button', { name: `查看 ${no}` })
    .first()
    .click();
  const drawer = page.getByRole('dialog', { name: `投诉 ${no}` });
  await expect.poll(() => drawer.isVisible(), WAIT).toBe(true);
  return drawer;
}

/** Takes an act from the complaint's card: its dialog, filled by `fill`, then submitted. */
async function act(
  page: Page,
  drawer: ReturnType<Page['getByRole']>,
  name: string,
  title: RegExp,
  fill: (d: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await drawer.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
  await fill(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => dialog.isVisible(), WAIT).toBe(false);
}

test('the desk files a complaint, the manager assigns it, the handler closes it, the desk revisits it; the deadlines and the month report show it', async () => {
  // An earlier call, three hours ago, about the product: its first reply (2 hours) is overdue.
  await rpc('auth.signOut');
  await web.signInOverRpc('王芳', '3333');
  const early = await data('complaints.file', {
    receivedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    channel: 'phone',
    customer: { kind: 'person', name: '赵先生', phone: '13900001111' },
    kind: 'quality',
    about: { target: 'product' },
    description: '样板房墙面开裂',
    request: '书面答复',
  });

  const { page } = await web.openDesk({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '客户投诉' }).isVisible(), WAIT).toBe(true);

  // The focus lands on the page, not in the fading sign-in form (a key pressed there is the form's).
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('main-content');
  // F7: the card, the caret in the customer's phone.
  await page.keyboard.press('F7');
  const phone = page.getByLabel('客户电话');
  await expect.poll(() => phone.evaluate((e) => e === document.activeElement), WAIT).toBe(true);
  await page.keyboard.type('13812345678');
  await page.getByLabel('客户姓名').fill('李女士');
  await page.getByRole('radio', { name: '来访' }).check();
  await page.getByRole('combobox', { name: '投诉类别' }).click();
  await page.keyboard.type('服务态度');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: '被投诉员工' }).click();
  await page.keyboard.type('张伟');
  await page.keyboard.press('Enter');
  await page.getByLabel('投诉内容').fill('接待时态度冷淡，问户型不耐烦');
  await page.getByLabel('客户要求').fill('道歉并换一位顾问');
  await page.getByRole('button', { name: '登记投诉' }).click();
  const no = early.no.replace(/\d{4}$/, (n) => String(Number(n) + 1).padStart(4, '0'));
  await expect.poll(() => page.getByText(`已登记投诉 ${no}`).isVisible(), WAIT).toBe(true);

  // Its deadlines on its card: the first reply pending, due two hours after it was received.
  let drawer = page.getByRole('dialog', { name: `投诉 ${no}` });
  const deadlines = drawer.getByRole('table', { name: '时限' });
  await expect
    .poll(() => deadlines.getByRole('row', { name: /首次回复.*未到期/ }).isVisible(), WAIT)
    .toBe(true);
  const filed = (await data('complaints.list', { view: 'all' })).find((c) => c.no === no)!;
  expect(filed).toMatchObject({ state: 'new', subjectName: '张伟', channel: 'visit', kind: 'service' });
  expect(filed.nextDue!.deadline).toBe('reply');
  expect(Date.parse(filed.nextDue!.due) - Date.parse(filed.receivedAt)).toBe(2 * HOUR);
  await page.keyboard.press('Escape');
  await expect.poll(() => drawer.isVisible(), WAIT).toBe(false);

  // The manager: the overdue complaint on the home page; the new one assigned, not to 张伟.
  await switchTo(page, '李经理', '1111');
  await page.getByRole('menuitem', { name: '首页' }).click();
  await expect.poll(() => page.getByText(new RegExp(`${early.no} · 首次回复`)).isVisible(), WAIT).toBe(true);
  await page.getByRole('menuitem', { name: '客户投诉' }).click();
  drawer = await open(page, no);
  await act(page, drawer, '指派处理人', new RegExp(`指派处理人：${no}`), async (dialog) => {
    await dialog.getByRole('combobox', { name: '处理人' }).click();
    const options = page.locator('.ant-select-dropdown:visible');
    await expect.poll(() => options.getByTitle('孙丽').isVisible(), WAIT).toBe(true);
    expect(await options.getByTitle('张伟').count()).toBe(0);
    await page.keyboard.type('孙丽');
    await page.keyboard.press('Enter');
  });
  await expect.poll(() => page.getByText('已指派 孙丽 处理').isVisible(), WAIT).toBe(true);

  // The handler: her complaint on her home page; she replies, records the result, closes it.
  await switchTo(page, '孙丽', '5566');
  await page.getByRole('menuitem', { name: '首页' }).click();
  // her slips' card is drawn above her complaints once it is read, moving their lines down
  await expect.poll(() => page.getByText(/^未填完的来人条：\d+ 张$/).isVisible(), WAIT).toBe(true);
  drawer = await open(page, no);
  await act(page, drawer, '回复客户', /回复客户：/, (d) =>
    d.getByLabel('说明').fill('已致电道歉，约周六面谈'),
  );
  await act(page, drawer, '处理结果', /处理结果：/, async (d) => {
    await d.getByLabel('说明').fill('已更换顾问，并书面致歉');
    await d.getByRole('radio', { name: '是' }).check();
  });
  await act(page, drawer, '结案', new RegExp(`结案：${no}`), async () => undefined);
  await expect.poll(() => page.getByText(`已结案 ${no}，请按时回访`).isVisible(), WAIT).toBe(true);
  await expect
    .poll(
      () =>
        drawer
          .getByRole('table', { name: '时限' })
          .getByRole('row', { name: /首次回复.*按时/ })
          .isVisible(),
      WAIT,
    )
    .toBe(true);

  // The desk revisits: satisfied, the complaint is finished.
  await switchTo(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '客户投诉' }).click();
  drawer = await open(page, no);
  await act(page, drawer, '回访', new RegExp(`回访：${no}`), (d) =>
    d.getByRole('radio', { name: '是' }).check(),
  );
  await expect.poll(() => page.getByText(`回访已记录，${no} 完结`).isVisible(), WAIT).toBe(true);
  await page.keyboard.press('Escape');

  // The month's report: on the page, and the .xlsx.
  await switchTo(page, '李经理', '1111');
  await page.getByRole('menuitem', { name: '客户投诉' }).click();
  await page.getByRole('tab', { name: '投诉月报' }).click();
  const summary = page.getByRole('table', { name: '概况' });
  const figure = async (line: string) =>
    (
      await summary
        .getByRole('row', { name: new RegExp(line) })
        .getByRole('cell')
        .last()
        .textContent()
    )?.trim();
  await expect.poll(() => figure('本月受理'), WAIT).toBe('2');
  // Our own count of what was done: two received, one closed and revisited (satisfied), one open.
  expect(await figure('本月结案')).toBe('1');
  expect(await figure('其中满意')).toBe('1');
  expect(await figure('月末未结案')).toBe('1');
  const month = await page.getByLabel('月份').inputValue();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载投诉月报 .xlsx' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`投诉月报_${month}_魅力晶都.xlsx`);
  const file = path.join(tempDir('sitedesk-e2e-complaints-'), download.suggestedFilename());
  await download.saveAs(file);
  const book = await openWorkbook(fs.readFileSync(file));
  expect(book.worksheets.map((w) => w.name)).toEqual(['月报', '投诉明细']);
  const listed: string[] = [];
  book.worksheets[1]!.eachRow((row) => listed.push(String(row.getCell(1).value)));
  expect(listed).toEqual(expect.arrayContaining([early.no, no]));
});
