import type ExcelJS from 'exceljs';
import type { DaySheet } from '../../../../../shared/contract/exports';
import { writeTable } from '../xlsx/table';
import { addSheet, FIRST_TABLE_ROW, int, money, subtitle, text, time } from './sheetLayout';
import * as W from './words';

/**
 * The day's registers in the workbook, one sheet each, every line as its ledger recorded it:
 * visits, calls, hold events, key movements (and the keys out overnight), handovers.
 */
export function visitSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '来访', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('到访'),
      time('离开'),
      text('客户'),
      text('电话', 13),
      int('人数'),
      text('渠道'),
      text('新/老', 6),
      text('置业顾问'),
      text('分配方式'),
      text('结果'),
    ],
    s.visits.map((v) => [
      v.arrivedAt,
      v.leftAt,
      v.customerName,
      v.phone,
      v.partySize,
      v.channel,
      v.returning ? '老客' : '新客',
      v.consultantName,
      W.CHOSEN_BY[v.chosenBy] ?? v.chosenBy,
      v.outcome === null ? null : (W.OUTCOMES[v.outcome] ?? v.outcome),
    ]),
  );
}

export function callSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '来电', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('来电人'),
      text('电话', 13),
      text('渠道'),
      text('新/老', 6),
      text('接听人'),
      text('事由', 24),
      text('邀约日期'),
    ],
    s.calls.map((c) => [
      c.at,
      c.callerName,
      c.phone,
      c.channel,
      c.returning ? '老客' : '新客',
      c.answeredBy,
      c.topic,
      c.invitedFor,
    ]),
    { withTotal: true },
  );
}

export function holdSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '销控', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('房源', 14),
      text('事项'),
      text('操作人'),
      text('置业顾问'),
      text('客户'),
      text('电话', 13),
      money('金额'),
      text('收据号'),
      text('原因', 20),
    ],
    s.holdEvents.map((e) => [
      e.at,
      e.unitLabel,
      W.HOLD_KINDS[e.kind] ?? e.kind,
      e.actorName ?? W.SYSTEM,
      e.consultantName,
      e.customerName,
      e.phone,
      e.amountFen,
      e.receiptNo,
      e.reason,
    ]),
  );
}

export function keySheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '钥匙', true);
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('编号', 8),
      text('钥匙', 16),
      int('第几把', false),
      text('动作'),
      text('持有人'),
      text('经办人'),
      text('用途', 16),
      text('原因', 16),
    ],
    s.keys.movements.map((m) => [
      m.at,
      m.tag,
      m.keyName,
      m.copyNo,
      W.KEY_KINDS[m.kind] ?? m.kind,
      m.holderName,
      m.byName,
      m.purpose,
      m.reason,
    ]),
    { withTotal: true },
  );
  r = subtitle(ws, r, '日终在外钥匙');
  writeTable(
    ws,
    r,
    [
      text('编号', 8),
      text('钥匙', 16),
      int('第几把', false),
      text('持有人'),
      { ...time('借出'), kind: 'datetime', width: 16 },
      text('过夜原因', 24),
    ],
    s.keys.out.map((k) => [k.tag, k.keyName, k.copyNo, k.holderName, k.since, k.overnightReason]),
    { withTotal: true },
  );
}

export function handoverSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '交接', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      text('班次'),
      text('交班人'),
      text('接班人'),
      time('交接时间'),
      time('确认时间'),
      text('已确认', 8),
      text('差异', 24),
      text('未完成工作', 24),
    ],
    s.handovers.map((h) => [
      h.shift,
      h.fromName,
      h.toName,
      h.startedAt,
      h.acknowledgedAt,
      h.acknowledged ? '是' : '否',
      h.differences.join('；') || null,
      h.openTasks.join('；') || null,
    ]),
    { withTotal: true },
  );
}
