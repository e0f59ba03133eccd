import { buildXlsxOffThread } from '../exports/xlsx/offThread';
import type { MovementView } from '../../../../shared/contract/tickets';
import type { Locale } from '../../../../shared/domain/errors';
import {
  labelsIn,
  PAYMENT_METHOD_LABELS,
  TICKET_MOVEMENT_KIND_EXPORT_LABELS,
} from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { listMovements, type MovementFilter } from './stock';

/** Column titles and the names of kinds and payment methods, in the language the desk is using. */
const TEXT = {
  'zh-CN': {
    sheet: '电影票流水',
    file: '电影票流水',
    columns: [
      '时间',
      '营业日',
      '编号',
      '票种',
      '类型',
      '张数',
      '单价',
      '金额',
      '付款方式',
      '经办人',
      '会签人',
      '作废的售票编号',
      '被作废（作废记录编号）',
      '原因',
      '批次',
      '起始票号',
      '结束票号',
    ],
    kinds: labelsIn(TICKET_MOVEMENT_KIND_EXPORT_LABELS, 'zh-CN'),
    payments: labelsIn(PAYMENT_METHOD_LABELS, 'zh-CN'),
  },
  en: {
    sheet: 'Ticket movements',
    file: 'ticket-movements',
    columns: [
      'Time',
      'Business date',
      'No.',
      'Ticket type',
      'Kind',
      'Count',
      'Unit price',
      'Amount',
      'Payment',
      'By',
      'Countersigned by',
      'Voids sale no.',
      'Voided by no.',
      'Reason',
      'Batch',
      'First serial',
      'Last serial',
    ],
    kinds: labelsIn(TICKET_MOVEMENT_KIND_EXPORT_LABELS, 'en'),
    payments: labelsIn(PAYMENT_METHOD_LABELS, 'en'),
  },
} as const satisfies Record<Locale, unknown>;

const MONEY_FORMAT = '¥#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const PAGE = 500;

/**
 * Excel has no time zones: a cell shows the wall-clock time it holds. The desk reads local
 * time, so the instant is shifted to a Date whose UTC fields are the local ones.
 */
function localCellDate(iso: string): Date {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

/** Yuan as a spreadsheet number; fen are whole, so fen / 100 is the nearest double to the amount. */
function yuan(fen: number | null): number | null {
  return fen === null ? null : fen / 100;
}

function rowOf(m: MovementView, text: (typeof TEXT)[Locale]): unknown[] {
  return [
    localCellDate(m.at),
    m.businessDate,
    m.id,
    m.typeName,
    text.kinds[m.kind],
    m.delta,
    yuan(m.unitPriceFen),
    yuan(m.amountFen),
    m.paymentMethod === null ? '' : text.payments[m.paymentMethod],
    m.actorName,
    m.countersignedByName ?? '',
    m.voidsId,
    m.voidedById,
    m.reason ?? '',
    m.batch ?? '',
    m.serialFrom ?? '',
    m.serialTo ?? '',
  ];
}

/** Every movement the filter selects (the list's page size does not cut the export short), oldest first. */
async function allMovements(ctx: ReadCallContext, filter: MovementFilter): Promise<MovementView[]> {
  const found: MovementView[] = [];
  let beforeId: number | undefined;
  for (;;) {
    const page = await listMovements(ctx, { ...filter, limit: PAGE, beforeId });
    found.push(...page);
    if (page.length < PAGE) return found.reverse();
    beforeId = page[page.length - 1]!.id;
  }
}

/** The movements register as .xlsx: header row, real dates, counts and yuan as numbers, autofilter. */
export async function exportMovements(
  ctx: ReadCallContext,
  filter: Omit<MovementFilter, 'limit' | 'beforeId'>,
): Promise<{ fileName: string; base64: string }> {
  const text = TEXT[ctx.locale];
  const { typeId, kind, fromDate, toDate } = filter;
  const movements = await allMovements(ctx, { typeId, kind, fromDate, toDate });
  const buffer = await buildXlsxOffThread({
    kind: 'sheet',
    spec: {
      name: text.sheet,
      header: text.columns,
      rows: movements.map((m) => rowOf(m, text)),
      widths: [17, 12, 8, 16, 10, 8, 11, 12, 9, 10, 10, 12, 12, 20, 10, 10, 10],
      numFmts: { 1: DATE_FORMAT, 7: MONEY_FORMAT, 8: MONEY_FORMAT },
      frozenHeader: true,
      autoFilter: true,
      created: ctx.now,
    },
  });
  const from = fromDate ?? movements[0]?.businessDate ?? ctx.businessDate;
  const to = toDate ?? movements[movements.length - 1]?.businessDate ?? ctx.businessDate;
  return { fileName: `${text.file}_${from}_${to}.xlsx`, base64: buffer.toString('base64') };
}
