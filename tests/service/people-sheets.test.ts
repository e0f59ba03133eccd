import type ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import { TOTAL_COLUMNS } from '../../electron/core/services/attendance/export';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import { testDesk, type TestDesk } from '../support/desk';
import { decode, numberOf, openWorkbook } from '../support/daysheet';
import { allTicked, own, pinOf } from '../support/people';

/**
 * The 考勤表 and the day sheet's 出勤 sheet, read back from the .xlsx and checked against a model of
 * the days written here (clock times and outings as a person would note them on paper).
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`).toISOString();

/** What happened, as the office would write it down: shift 白班 08:30–17:30. */
const DAYS = [
  { date: '2026-11-23', who: '张伟', in: '08:40', out: '17:30' },
  { date: '2026-11-23', who: '孙丽', in: '08:25', out: '17:00' },
  { date: '2026-11-24', who: '张伟', in: '08:30', out: '17:45' },
  // 孙丽 is rostered on the 24th and never comes.
];
const OUTING = { date: '2026-11-24', who: '张伟', left: '10:00', expected: '11:00', back: '11:20' };
const ROSTERED = ['2026-11-23', '2026-11-24'];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** The month's totals by the office's own arithmetic. */
function model(name: string) {
  const mine = DAYS.filter((d) => d.who === name);
  const late = mine.map((d) => Math.max(0, minutes(d.in) - minutes('08:30'))).filter((m) => m > 0);
  const early = mine.map((d) => Math.max(0, minutes('17:30') - minutes(d.out))).filter((m) => m > 0);
  const outings = OUTING.who === name ? [minutes(OUTING.back) - minutes(OUTING.left)] : [];
  return {
    rostered: ROSTERED.length,
    worked: mine.length,
    absent: ROSTERED.length - mine.length,
    lateCount: late.length,
    lateMinutes: late.reduce((a, b) => a + b, 0),
    earlyCount: early.length,
    earlyMinutes: early.reduce((a, b) => a + b, 0),
    outings: outings.length,
    outingMinutes: outings.reduce((a, b) => a + b, 0),
  };
}

async function move(d: TestDesk, instant: string, who = '王芳') {
  d.clock.set(instant);
  await d.signInAs(who);
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function liveADay() {
  desk = await testDesk({ start: at('2026-11-23', '07:00') });
  await move(desk, at('2026-11-23', '07:00'), '李经理');
  await desk.ok('roster.set', {
    month: '2026-11',
    entries: ['张伟', '孙丽'].flatMap((name) =>
      ROSTERED.map((date) => ({ userId: desk.userId(name), date, duty: 'shift' as const, shift: '白班' })),
    ),
  });
  const events = [
    ...DAYS.flatMap((d) => [
      { at: at(d.date, d.in), act: () => desk.ok('attendance.clockIn', own(desk, d.who)) },
      { at: at(d.date, d.out), act: () => desk.ok('attendance.clockOut', own(desk, d.who)) },
    ]),
    {
      at: at(OUTING.date, OUTING.left),
      act: () =>
        desk.ok('outings.record', {
          userId: desk.userId(OUTING.who),
          reason: '送按揭资料',
          destination: '建设银行',
          backInMinutes: minutes(OUTING.expected) - minutes(OUTING.left),
          countersign: own(desk, '李经理'),
        }),
    },
    {
      at: at(OUTING.date, OUTING.back),
      act: async () => {
        const { out } = await desk.ok('outings.list', {});
        return desk.ok('outings.return', { outingId: out[0]!.id, secret: pinOf(OUTING.who) });
      },
    },
    {
      at: at('2026-11-24', '08:00'),
      act: () =>
        desk.ok('checks.sign', {
          kind: 'opening',
          items: allTicked('opening').map((i, n) =>
            n === 0 ? { name: i.name, ticked: false, note: '一盏灯箱不亮，已报修' } : i,
          ),
          signer: own(desk, '王芳'),
        }),
    },
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const e of events) {
    await move(desk, e.at);
    await e.act();
  }
  await move(desk, at('2026-11-25', '12:00'), '李经理');
}

test('the month’s 考勤表 .xlsx agrees with the office’s own arithmetic of the month', async () => {
  await liveADay();
  const file = await desk.ok('attendance.exportMonth', { month: '2026-11' });
  expect(file.fileName).toBe('考勤表_2026-11_魅力晶都.xlsx');
  const book = await openWorkbook(decode(file));
  expect(book.worksheets.map((w) => w.name)).toEqual(['考勤表 2026-11', '汇总']);

  const totals = rowsOf(book.getWorksheet('汇总')!);
  expect(totals[0]).toEqual([...TOTAL_COLUMNS]);
  for (const name of ['张伟', '孙丽']) {
    const row = book.getWorksheet('汇总')!.getRow(totals.findIndex((r) => r[0] === name) + 1);
    const got = TOTAL_COLUMNS.slice(1).map((_, i) => numberOf(row.getCell(i + 2)));
    const m = model(name);
    expect(got, name).toEqual([
      m.rostered,
      m.worked,
      0, // rest days
      m.absent,
      m.lateCount,
      m.lateMinutes,
      m.earlyCount,
      m.earlyMinutes,
      0, // no clock-out missed
      m.outings,
      m.outingMinutes,
    ]);
  }

  // One line per person and day: 30 days of November for everyone of the office's staff.
  const days = rowsOf(book.getWorksheet('考勤表 2026-11')!).slice(1);
  const month = await desk.ok('attendance.month', { month: '2026-11' });
  expect(days).toHaveLength(month.people.length * 30);
  const line = days.find((r) => r[0] === '孙丽' && (r[1] as Date).toISOString().startsWith('2026-11-24'))!;
  expect(line[14]).toBe('缺勤');
});

test('the day sheet’s 出勤 sheet: the day’s clockings, the outing with its late return, the opening check’s note', async () => {
  await liveADay();
  await desk.signInAs('王芳');
  const file = await desk.ok('exports.daySheetXlsx', { date: '2026-11-24' });
  const book = await openWorkbook(decode(file));
  const rows = rowsOf(book.getWorksheet('出勤')!);
  const text = rows.map((r) =>
    r.map((c) => (c instanceof Date ? c.toISOString().slice(11, 16) : String(c ?? ''))),
  );
  const zhang = text.find((r) => r[0] === '张伟')!;
  expect(zhang.slice(2, 6)).toEqual(['08:30', '17:45', '0', '0']);
  const sun = text.find((r) => r[0] === '孙丽')!;
  expect(sun[6]).toBe('缺勤');
  const outing = text.find((r) => r[1] === '送按揭资料')!;
  expect(outing.slice(3, 9)).toEqual([
    OUTING.left,
    OUTING.expected,
    OUTING.back,
    String(minutes(OUTING.back) - minutes(OUTING.expected)),
    '李经理',
    '已返回',
  ]);
  const unticked = text.find((r) => r[4] === '未勾选')!;
  expect(unticked[5]).toBe('一盏灯箱不亮，已报修');
  expect(text.find((r) => r[0] === '开店检查')![1]).toBe('王芳');

  // The print page renders the same part of the same DaySheet, in either language.
  const sheet = await desk.ok('exports.daySheet', { date: '2026-11-24' });
  const html = daySheetHtml(sheet);
  for (const word of [
    '出勤',
    '外出登记',
    '开/闭店检查',
    '送按揭资料',
    '11:20',
    '缺勤',
    '一盏灯箱不亮，已报修',
  ]) {
    expect(html).toContain(word);
  }
  expect(daySheetHtml(sheet, 'en')).toContain('Opening and closing checks');
});
