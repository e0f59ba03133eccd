import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/desk';
import { openWorkbook, sumFormulas, totalOf } from '../support/daysheet';
import { signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;

async function signInRpc(name: string, pin: string): Promise<(name: string) => number> {
  const id = await web.staffIds();
  await data('auth.signIn', { userId: id(name), secret: pin });
  return id;
}

const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

test("a day at the desk through /rpc, then the day's .xlsx and A4 PDF from the day-sheet page", async () => {
  await rpc('auth.signOut');
  // The desk's day, by the receptionist: three walk-ins, a call, tickets in and sold for cash.
  const id = await signInRpc('王芳', '3333');
  await data('rotation.setOrder', { consultantIds: ['张伟', '孙丽'].map(id) });
  const walkIns = [
    { customerName: '刘先生', phone: '13811112222', partySize: 2, channel: '路过' },
    { customerName: '陈女士', partySize: 1, channel: '朋友介绍' },
    { customerName: '黄先生', partySize: 4, channel: '户外广告' },
  ];
  for (const v of walkIns) await data('visits.record', v);
  await data('calls.record', { callerName: '周女士', phone: '13933334444', channel: '网络/新媒体' });
  const catalogue = await data('tickets.catalogue');
  const twoD = catalogue.types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 30, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 3, paymentMethod: 'cash' });
  await data('tickets.sell', { typeId: twoD.id, count: 2, paymentMethod: 'wechat' });
  await rpc('auth.signOut');

  // Our own arithmetic of that day.
  const people = walkIns.reduce((s, v) => s + v.partySize, 0);
  const salesYuan = (5 * twoD.priceFen) / 100;
  const cashYuan = (3 * twoD.priceFen) / 100;

  const { context, page } = await web.openPage({
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  });
  await signIn(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '日结对账单' }).click();
  const date = page.getByLabel('营业日');
  await expect.poll(() => date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const day = await date.inputValue();

  // The .xlsx, as the browser saves it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载对账单 .xlsx' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`日结_${day}_魅力晶都.xlsx`);
  const dir = tempDir('sitedesk-e2e-daysheet-');
  const xlsx = path.join(dir, download.suggestedFilename());
  await download.saveAs(xlsx);
  const book = await openWorkbook(fs.readFileSync(xlsx));
  for (const t of sumFormulas(book)) expect(t.cached, `${t.sheet}!${t.cell}`).toBeCloseTo(t.rowsSum, 9);
  expect(totalOf(book, '来访', '人数')).toBe(people);
  expect(totalOf(book, '电影票', '售票金额')).toBe(salesYuan);
  expect(totalOf(book, '电影票', '其中现金')).toBe(cashYuan);
  expect(totalOf(book, '电影票', '期末')).toBe(30 - 5);

  // The sheet on the page, as it prints: the same figures, Chinese in a CJK font, on A4 by Chromium.
  const doc = page.getByRole('article', { name: '日结对账单' });
  await expect.poll(() => doc.isVisible()).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '日结对账单'))).toBe(true);
  await screenshot(page, 'daysheet-print');
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(dir, `日结_${day}.pdf`);
  fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  if (!hasPdftotext) {
    console.info('daysheet e2e: pdftotext not on PATH, PDF text check skipped');
  } else {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of [
      '魅力晶都 日结对账单',
      '汇总',
      '电影票',
      '现金',
      '来访',
      '来电',
      '签字',
      '专案经理',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`¥${salesYuan.toFixed(2)}`);
    expect(text).toContain('138****2222');
    expect(text).not.toContain('13811112222');
    // Only the sheet is printed: not the menu of the app around it.
    expect(text).not.toContain('钥匙编号');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/\(A4\)/);
  }

  // The week's analysis downloads too.
  const [week] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载本周来人来电分析 .xlsx' }).click(),
  ]);
  expect(week.suggestedFilename()).toMatch(/^来人来电周分析_.*_魅力晶都\.xlsx$/);
  await context.close();
});
