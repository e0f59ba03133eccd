import type ExcelJS from 'exceljs';
import type { DaySheet } from '../../../../shared/contract/exports';
import {
  ATTENDANCE_DAY_STATE_LABELS,
  DESK_CHECK_KIND_LABELS,
  labelsIn,
  OUTING_STATE_LABELS,
} from '../../../../shared/domain/vocab';
import { addSheet, FIRST_TABLE_ROW, int, subtitle, text, time } from '../exports/daySheet/sheetLayout';
import { writeTable } from '../exports/xlsx/table';

const DAY_STATES = labelsIn(ATTENDANCE_DAY_STATE_LABELS, 'zh-CN');
const OUTING_STATES = labelsIn(OUTING_STATE_LABELS, 'zh-CN');
const CHECK_KINDS = labelsIn(DESK_CHECK_KIND_LABELS, 'zh-CN');

/**
 * The day sheet's 出勤 sheet: the attendance of the date (times, late and early minutes), the
 * outings, and the opening and closing checks with each item not ticked and its note. Chinese,
 * like the rest of the paper form.
 */
export function peopleDaySheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '出勤', true);
  const p = s.people;
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      text('姓名'),
      text('班次', 16),
      time('签到'),
      time('签退'),
      int('迟到(分)'),
      int('早退(分)'),
      text('状态'),
      text('经理更正', 8),
    ],
    p.attendance.map((a) => [
      a.name,
      a.shift ?? '',
      a.in,
      a.out,
      a.lateMinutes,
      a.earlyMinutes,
      DAY_STATES[a.state],
      a.corrected ? '是' : '',
    ]),
  );
  if (p.proxyAttempts > 0) {
    ws.getCell(r, 1).value = `代签被拒 ${p.proxyAttempts} 次（000:705）`;
    r += 1;
  }
  r = subtitle(ws, r + 1, '外出登记');
  r = writeTable(
    ws,
    r,
    [
      text('姓名'),
      text('事由', 16),
      text('去处', 14),
      time('外出'),
      time('预计返回'),
      time('返回'),
      int('超时(分)'),
      text('批准人'),
      text('状态'),
      int('代', false),
    ],
    p.outings.map((o) => [
      o.name,
      o.reason,
      o.destination,
      o.leftAt,
      o.expectedBack,
      o.backAt,
      o.lateMinutes,
      o.approvedBy,
      OUTING_STATES[o.state],
      o.standIns,
    ]),
  );
  r = subtitle(ws, r + 1, '开/闭店检查');
  writeTable(
    ws,
    r,
    [text('检查'), text('检查人'), time('时间'), text('项目', 28), text('结果'), text('说明', 24)],
    p.checks.flatMap((c) =>
      c.items.map((i, n) => [
        n === 0 ? CHECK_KINDS[c.kind] : '',
        n === 0 ? c.signedBy : '',
        n === 0 ? c.at : null,
        i.name,
        i.ticked ? '✓' : '未勾选',
        i.note ?? '',
      ]),
    ),
  );
}
