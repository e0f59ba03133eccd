import type { Locale } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { maskPhone } from '../../../../shared/domain/phone';
import type { ReadCallContext } from '../../context';
import type { HoldEventKind, HoldEventView } from '../../../../shared/contract/holds';
import {
  DEPOSIT_METHOD_LABELS,
  HOLD_EVENT_KIND_LABELS,
  labelsIn,
  type DepositMethod,
} from '../../../../shared/domain/vocab';
import { buildSheetOffThread } from '../exports/xlsx/offThread';
import { loadDeposits } from './facts';
import { localDateTime } from './format';
import { loadHolds } from './state';
import { mayRead, toEventView } from './views';
import { viewerOf } from './visibility';
import { listUnits, requireUnit, unitLabel } from '../units';

/** Column titles and event names of the exported register, in the caller's language. */
const WORDS: Record<
  Locale,
  {
    columns: string[];
    kinds: Record<HoldEventKind, string>;
    methods: Record<DepositMethod, string>;
    system: string;
    sheet: string;
  }
> = {
  'zh-CN': {
    sheet: '销控登记表',
    columns: [
      '序号',
      '时间',
      '营业日',
      '房源',
      '事项',
      '操作人',
      '置业顾问',
      '客户',
      '电话',
      '到期',
      '金额',
      '收据号',
      '原因',
      '付款方式',
      '定购协议号',
      '收款人',
      '总价',
      '成交价',
      '优惠',
      '优惠审批',
    ],
    kinds: labelsIn(HOLD_EVENT_KIND_LABELS, 'zh-CN'),
    methods: labelsIn(DEPOSIT_METHOD_LABELS, 'zh-CN'),
    system: '系统',
  },
  en: {
    sheet: 'Sales-control register',
    columns: [
      'No.',
      'Time',
      'Business date',
      'Unit',
      'Event',
      'By',
      'Consultant',
      'Customer',
      'Phone',
      'Expires',
      'Amount',
      'Receipt',
      'Reason',
      'Method',
      'Agreement',
      'Received by',
      'List price',
      'Agreed price',
      'Discount',
      'Discount approved by',
    ],
    kinds: labelsIn(HOLD_EVENT_KIND_LABELS, 'en'),
    methods: labelsIn(DEPOSIT_METHOD_LABELS, 'en'),
    system: 'System',
  },
};

/** Events of the register read, folded into rows and sent to the worker between two yields. */
const EVENTS_PER_SLICE = 500;

/**
 * The register's rows, oldest event first, read a slice of events at a time (each with its
 * hold: unit, consultant, customer; and a deposit's details) and folded as read: between slices
 * the event loop is let go and the slice is on its way to the export worker, so five years of
 * holds never hold the main process. The reads are the call's own, inside its transaction: the
 * file is the ledger as the call saw it. Only managers and deputies export it (the contract).
 */
async function* registerRows(
  ctx: ReadCallContext,
  words: (typeof WORDS)[Locale],
): AsyncGenerator<unknown[][]> {
  const units = new Map(listUnits(ctx).map((u) => [u.id, u]));
  const names = ctx.staffNames();
  const name = (id: number | null) => (id === null ? '' : (names.get(id) ?? `#${id}`));
  const yuan = (fen: number | null) => (fen === null ? '' : formatFen(fen));
  for (let after = 0; ;) {
    const events = await ctx.db
      .selectFrom('hold_events as e')
      .innerJoin('holds as h', 'h.id', 'e.hold_id')
      .select([
        'e.id',
        'e.hold_id',
        'e.at',
        'e.business_date',
        'e.kind',
        'e.actor_id',
        'e.expires_at',
        'e.amount_fen',
        'e.receipt_no',
        'e.reason',
        'h.unit_id',
        'h.consultant_id',
        'h.customer_name',
        'h.customer_phone',
      ])
      .where('e.id', '>', after)
      .orderBy('e.id')
      .limit(EVENTS_PER_SLICE)
      .execute();
    if (events.length === 0) return;
    const deposits = new Map(
      loadDeposits(ctx, {
        holdIds: events.filter((e) => e.kind === 'deposit').map((e) => e.hold_id),
      }).map((d) => [d.holdId, d]),
    );
    yield events.map((e) => {
      const d = e.kind === 'deposit' ? deposits.get(e.hold_id) : undefined;
      return [
        e.id,
        localDateTime(e.at),
        e.business_date,
        unitLabel(units.get(e.unit_id)!),
        words.kinds[e.kind],
        e.actor_id === null ? words.system : name(e.actor_id),
        names.get(e.consultant_id) ?? `#${e.consultant_id}`,
        e.customer_name,
        maskPhone(e.customer_phone),
        localDateTime(e.expires_at),
        yuan(e.amount_fen),
        e.receipt_no ?? '',
        e.reason ?? '',
        d ? words.methods[d.method] : '',
        d?.agreementNo ?? '',
        d ? name(d.receivedBy) : '',
        d ? yuan(d.listPriceFen) : '',
        d ? yuan(d.agreedPriceFen) : '',
        d ? yuan(d.listPriceFen - d.agreedPriceFen) : '',
        d ? (d.discountReason ? `${name(d.approvedBy)}：${d.discountReason}` : '') : '',
      ];
    });
    after = events.at(-1)!.id;
  }
}

/** The register as .xlsx; phones are masked in every export (000:613). */
export async function exportRegister(
  ctx: ReadCallContext,
): Promise<{ fileName: string; contentBase64: string }> {
  const words = WORDS[ctx.locale];
  const buffer = await buildSheetOffThread({ name: words.sheet, header: words.columns }, () =>
    registerRows(ctx, words),
  );
  return { fileName: `${words.sheet}_${ctx.businessDate}.xlsx`, contentBase64: buffer.toString('base64') };
}

/**
 * The hold events of one business date, oldest first, phones masked, as the caller may read them
 * — the same events the day close's review lists to the same person: all of them to those who
 * read the 销控, otherwise only their own holds' (000:721 rule 38).
 */
export async function holdEventsOn(ctx: ReadCallContext, date: string): Promise<HoldEventView[]> {
  const viewer = await viewerOf(ctx);
  // only the holds with an event that day (by the date index), not every hold of the project
  const ids = await ctx.db
    .selectFrom('hold_events')
    .select('hold_id')
    .distinct()
    .where('business_date', '=', date)
    .execute();
  const holds = (
    await loadHolds(
      ctx,
      ids.map((r) => r.hold_id),
    )
  ).filter((h) => mayRead(viewer, h));
  const units = new Map<number, Awaited<ReturnType<typeof requireUnit>>>();
  for (const h of holds) {
    if (!units.has(h.row.unit_id)) units.set(h.row.unit_id, await requireUnit(ctx.db, h.row.unit_id));
  }
  const deposits = new Map(
    loadDeposits(ctx, { holdIds: holds.map((h) => h.row.id) }).map((d) => [d.holdId, d]),
  );
  const names = ctx.staffNames();
  return holds
    .flatMap((h) => h.events.filter((e) => e.business_date === date).map((e) => ({ e, h })))
    .sort((a, b) => a.e.id - b.e.id)
    .map(({ e, h }) => ({
      ...toEventView(e, h, units.get(h.row.unit_id)!, viewer, names, deposits),
      customerPhone: maskPhone(h.row.customer_phone),
    }));
}
