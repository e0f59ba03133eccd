import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatFen } from '../../shared/domain/money';
import { runDeskCli as run } from '../support/cli';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { DAY, EXPECTED, driveDay, openWorkbook, sumFormulas, totalOf } from '../support/daysheet';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const canPrint = has('pdftotext') && fs.existsSync(chromium);
if (!canPrint) console.info(`daysheet: PDF checks skipped (pdftotext: ${has('pdftotext')}, ${chromium})`);

async function ledgerWithADay(): Promise<string> {
  desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' });
  await driveDay(desk);
  const dir = desk.dataDir;
  await desk.close();
  desk = null;
  return dir;
}

describe('npm run desk -- export-day', () => {
  test.runIf(canPrint)(
    'writes the .xlsx and the A4 PDF; the PDF carries the Chinese headings and totals as text; re-export is identical',
    async () => {
      const data = await ledgerWithADay();
      const dir = tempDir('sitedesk-export-');
      const xlsx = path.join(dir, 'day.xlsx');
      const pdf = path.join(dir, 'day.pdf');
      const first = await run('export-day', '--data', data, '--date', DAY, '--out', xlsx, '--pdf', pdf);
      expect(first.err).toBe('');
      expect(first).toMatchObject({ code: 0 });
      expect(first.out).toContain('日结_2026-11-23_魅力晶都.xlsx');

      const book = await openWorkbook(fs.readFileSync(xlsx));
      expect(totalOf(book, '电影票', '售票金额')).toBe(EXPECTED.salesFen / 100);
      for (const t of sumFormulas(book)) expect(t.cached).toBeCloseTo(t.rowsSum, 9);

      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
        /Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/,
      );
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const heading of [
        '日结对账单',
        '汇总',
        '电影票',
        '现金',
        '来访',
        '来电',
        '销控',
        '钥匙',
        '交接',
        '签字',
      ]) {
        expect(text).toContain(heading);
      }
      for (const signer of ['前台接待员', '财务出纳', '专案经理']) expect(text).toContain(signer);
      expect(text).toContain('魅力晶都');
      expect(text).toContain(formatFen(EXPECTED.salesFen)); // ¥370.00
      expect(text).toContain(formatFen(EXPECTED.depositsFen)); // ¥50,000.00
      expect(text).toContain('138****5678');
      expect(text).not.toContain('13812345678');

      // Exported again: the same figures.
      const xlsx2 = path.join(dir, 'again.xlsx');
      expect((await run('export-day', '--data', data, '--date', DAY, '--out', xlsx2)).code).toBe(0);
      const again = await openWorkbook(fs.readFileSync(xlsx2));
      expect(sumFormulas(again)).toEqual(sumFormulas(book));
    },
    120_000,
  );

  test('refusals: a future date, a missing Chromium, missing arguments', async () => {
    const data = await ledgerWithADay();
    const dir = tempDir('sitedesk-export-');
    const future = await run(
      'export-day',
      '--data',
      data,
      '--date',
      '2099-01-01',
      '--out',
      path.join(dir, 'x.xlsx'),
    );
    expect(future.code).toBe(1);
    expect(future.err).toContain('还没到');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);

    const noChromium = await run(
      'export-day',
      '--data',
      data,
      '--date',
      DAY,
      '--pdf',
      path.join(dir, 'x.pdf'),
      '--chromium',
      '/nonexistent/chromium',
    );
    expect(noChromium.code).toBe(1);
    expect(noChromium.err).toContain('Chromium not found at /nonexistent/chromium');

    expect((await run('export-day', '--data', data, '--out', path.join(dir, 'y.xlsx'))).code).toBe(2);
    expect((await run('export-day', '--data', data, '--date', DAY)).code).toBe(2);
  });
});
