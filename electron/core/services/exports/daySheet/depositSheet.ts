import type ExcelJS from 'exceljs';
import type { DaySheet } from '../../../../../shared/contract/exports';
import { DEPOSIT_METHOD_LABELS, DEPOSIT_STATE_LABELS, labelsIn } from '../../../../../shared/domain/vocab';
import { writeTable } from '../xlsx/table';
import { addSheet, FIRST_TABLE_ROW, int, money, subtitle, text, time } from './sheetLayout';

const METHODS = labelsIn(DEPOSIT_METHOD_LABELS, 'zh-CN');
const STATES = labelsIn(DEPOSIT_STATE_LABELS, 'zh-CN');

/**
 * The 定金 sheet (000:639, 000:45, 004:461): the deposits taken that date with where each stood at
 * its end, the totals by method, the discounts with who approved them, and the refunds approved,
 * paid and still owed. Units, customers and prices are left out for a reader who does not read
 * the 销控 (the facts come so from services/holds/dayFacts.ts).
 */
export function depositSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const d = s.deposits;
  const ws = addSheet(book, s, '定金', true);
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('收据号'),
      text('定购协议号'),
      text('房源', 14),
      text('客户'),
      text('方式', 8),
      money('定金'),
      text('收款人'),
      money('总价', false),
      money('成交价', false),
      money('优惠'),
      text('状态', 18),
    ],
    d.deposits.map((x) => [
      x.at,
      x.receiptNo,
      x.agreementNo,
      x.unitLabel,
      x.customerName,
      METHODS[x.method],
      x.amountFen,
      x.receivedByName,
      x.listPriceFen,
      x.agreedPriceFen,
      x.discountFen,
      STATES[x.state],
    ]),
    { withTotal: true },
  );
  r = subtitle(ws, r, '按收款方式');
  r = writeTable(
    ws,
    r,
    [text('方式'), int('笔数'), money('定金'), money('退款')],
    d.byMethod.map((m) => [
      METHODS[m.method],
      m.count,
      m.amountFen,
      d.refunds.paidByMethod.find((p) => p.method === m.method)?.amountFen ?? 0,
    ]),
    { withTotal: true },
  );
  if (!d.restricted) {
    r = subtitle(ws, r, '优惠（低于总价，经专案经理批准）');
    r = writeTable(
      ws,
      r,
      [
        text('收据号'),
        text('房源', 14),
        money('总价', false),
        money('成交价', false),
        money('优惠'),
        text('批准人'),
        text('原因', 24),
      ],
      d.discounts.map((x) => [
        x.receiptNo,
        x.unitLabel,
        x.listPriceFen,
        x.agreedPriceFen,
        x.discountFen,
        x.approvedByName,
        x.reason,
      ]),
      { withTotal: true },
    );
  }
  const f = d.refunds;
  r = subtitle(ws, r, '退定（当日批准）');
  r = writeTable(
    ws,
    r,
    [text('房源', 14), text('客户'), money('应退'), text('批准人'), text('应退日期')],
    f.approved.map((x) => [x.unitLabel, x.customerName, x.amountFen, x.approvedByName, x.dueDate]),
    { withTotal: true },
  );
  r = subtitle(ws, r, '退款（当日支付）');
  r = writeTable(
    ws,
    r,
    [
      time('时间'),
      text('房源', 14),
      text('客户'),
      money('退款'),
      text('方式', 8),
      text('凭证号', 16),
      text('出纳'),
      text('应退日期'),
    ],
    f.paid.map((x) => [
      x.paidAt,
      x.unitLabel,
      x.customerName,
      x.amountFen,
      METHODS[x.method],
      x.reference,
      x.cashierName,
      x.dueDate,
    ]),
    { withTotal: true },
  );
  r = subtitle(ws, r, '未退（日终仍未支付）');
  writeTable(
    ws,
    r,
    [
      text('房源', 14),
      text('客户'),
      money('应退'),
      text('批准人'),
      text('批准日期'),
      text('应退日期'),
      int('逾期天数', false),
    ],
    f.outstanding.map((x) => [
      x.unitLabel,
      x.customerName,
      x.amountFen,
      x.approvedByName,
      x.approvedOn,
      x.dueDate,
      x.daysOverdue,
    ]),
    { withTotal: true },
  );
}
