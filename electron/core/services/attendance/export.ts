import { XLSX_MIME, type ExportFile } from '../../../../shared/contract/exports';
import type { AttendanceMonth, AttendanceMonthDay } from '../../../../shared/contract/attendance';
import { ATTENDANCE_DAY_STATE_LABELS, labelsIn, PUNCH_KIND_LABELS } from '../../../../shared/domain/vocab';
import { atLocal } from '../../../../shared/domain/workday';
import { localTime } from '../../clock';
import type { ReadCallContext } from '../../context';
import { buildXlsxOffThread } from '../exports/xlsx/offThread';
import { attendanceMonth } from './month';

/**
 * The monthly 考勤表 as .xlsx: the office's Chinese form, whatever the screen language (like the
 * day sheet). One line per person and day with real dates and times, then the month's totals.
 */
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const STATES = labelsIn(ATTENDANCE_DAY_STATE_LABELS, 'zh-CN');
const KINDS = labelsIn(PUNCH_KIND_LABELS, 'zh-CN');

export const DAY_COLUMNS = [
  '姓名',
  '日期',
  '星期',
  '班次',
  '上班',
  '下班',
  '签到',
  '签退',
  '迟到（分钟）',
  '早退（分钟）',
  '工作（分钟）',
  '外出（次）',
  '外出（分钟）',
  '外出事由',
  '状态',
  '备注',
] as const;

export const TOTAL_COLUMNS = [
  '姓名',
  '排班天数',
  '出勤天数',
  '休息天数',
  '缺勤天数',
  '迟到次数',
  '迟到（分钟）',
  '早退次数',
  '早退（分钟）',
  '未签退',
  '外出（次）',
  '外出（分钟）',
] as const;

/** Excel has no time zones: a cell holds the desk's wall-clock time as if it were UTC. */
function cellDate(instant: Date | string): Date {
  const d = new Date(instant);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

function noteOf(day: AttendanceMonthDay): string {
  const notes = day.corrections.map(
    (c) =>
      `${KINDS[c.kind]}更正 ${c.from ? localTime(c.from) : '无'}→${c.to ? localTime(c.to) : '撤销'}（${c.reason}，${c.by}）`,
  );
  if (day.proxyAttempts > 0) notes.push(`代签被拒 ${day.proxyAttempts} 次`);
  return notes.join('；');
}

function dayRow(name: string, day: AttendanceMonthDay): unknown[] {
  return [
    name,
    cellDate(atLocal(day.date, '00:00')),
    WEEKDAYS[day.weekday],
    day.shift ? day.shift.name : day.rest ? '休' : '',
    day.shift?.start ?? '',
    day.shift?.end ?? '',
    day.in ? cellDate(day.in) : null,
    day.out ? cellDate(day.out) : null,
    day.lateMinutes,
    day.earlyMinutes,
    day.workedMinutes,
    day.outings.length,
    day.outings.reduce((s, o) => s + o.minutes, 0),
    day.outings.map((o) => `${localTime(o.leftAt)} ${o.reason}（${o.destination}）`).join('；'),
    STATES[day.state],
    noteOf(day),
  ];
}

export function monthSheets(m: AttendanceMonth, created: Date) {
  return [
    {
      name: `考勤表 ${m.month}`,
      header: DAY_COLUMNS,
      rows: m.people.flatMap((p) => p.days.map((d) => dayRow(p.name, d))),
      widths: [10, 11, 5, 8, 6, 6, 6, 6, 8, 8, 8, 7, 8, 28, 8, 40],
      numFmts: { 2: 'yyyy-mm-dd', 7: 'hh:mm', 8: 'hh:mm' },
      frozenHeader: true,
      autoFilter: true,
      created,
    },
    {
      name: '汇总',
      header: TOTAL_COLUMNS,
      rows: m.people.map((p) => {
        const t = p.totals;
        return [
          p.name,
          t.rosteredDays,
          t.workedDays,
          t.restDays,
          t.absentDays,
          t.lateCount,
          t.lateMinutes,
          t.earlyCount,
          t.earlyMinutes,
          t.missedOut,
          t.outings,
          t.outingMinutes,
        ];
      }),
      widths: [10, 9, 9, 9, 9, 9, 11, 9, 11, 8, 9, 11],
      frozenHeader: true,
      created,
    },
  ];
}

export async function exportMonth(ctx: ReadCallContext, month: string, userId?: number): Promise<ExportFile> {
  const m = await attendanceMonth(ctx, month, userId);
  const buffer = await buildXlsxOffThread({ kind: 'sheets', specs: monthSheets(m, ctx.now) });
  const project = ctx.settings.projectName.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `考勤表_${month}_${project}.xlsx`, mime: XLSX_MIME, base64: buffer.toString('base64') };
}
