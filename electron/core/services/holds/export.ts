import type { Locale } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { maskPhone } from '../../../../shared/domain/phone';
import type { ReadCallContext } from '../../context';
import type { HoldEventKind, HoldEventView } from '../../../../shared/contract/holds';
import { HOLD_EVENT_KIND_LABELS, labelsIn } from '../../../../shared/domain/vocab';
import { buildSheetOffThread } from '../exports/xlsx/offThread';
import { loadHolds } from './state';
import { toEventView } from './views';
import { listUnits, requireUnit, unitLabel } from '../units';

/** Column titles and event names of the exported register, in the caller's language. */
const WORDS: Record<
  Locale,
  { columns: string[]; kinds: Record<HoldEventKind, string>; system: string; sheet: string }
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
    ],
    kinds: labelsIn(HOLD_EVENT_KIND_LABELS, 'zh-CN'),
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
    ],
    kinds: labelsIn(HOLD_EVENT_KIND_LABELS, 'en'),
    system: 'System',
  },
};

function local(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Events of the register read, folded into rows and sent to the worker between two yields. */
const EVENTS_PER_SLICE = 500;

/**
 * The register's rows, oldest event first, read a slice of events at a time (each with its
 * hold: unit, consultant, customer) and folded as read: between slices the event loop is let go
 * and the slice is on its way to the export worker, so five years of holds never hold the main
 * process. The reads are the call's own, inside its transaction: the file is the ledger as the
 * call saw it.
 */
async function* registerRows(
  ctx: ReadCallContext,
  words: (typeof WORDS)[Locale],
): AsyncGenerator<unknown[][]> {
  const units = new Map(listUnits(ctx).map((u) => [u.id, u]));
  const names = ctx.staffNames();
  for (let after = 0; ;) {
    const events = await ctx.db
      .selectFrom('hold_events as e')
      .innerJoin('holds as h', 'h.id', 'e.hold_id')
      .select([
        'e.id',
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
    yield events.map((e) => [
      e.id,
      local(e.at),
      e.business_date,
      unitLabel(units.get(e.unit_id)!),
      words.kinds[e.kind],
      e.actor_id === null ? words.system : (names.get(e.actor_id) ?? ''),
      names.get(e.consultant_id) ?? `#${e.consultant_id}`,
      e.customer_name,
      maskPhone(e.customer_phone),
      local(e.expires_at),
      e.amount_fen === null ? '' : formatFen(e.amount_fen),
      e.receipt_no ?? '',
      e.reason ?? '',
    ]);
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

/** The hold events of one business date, oldest first, phones masked (for the day's sheet). */
export async function holdEventsOn(ctx: ReadCallContext, date: string): Promise<HoldEventView[]> {
  // only the holds with an event that day (by the date index), not every hold of the project
  const ids = await ctx.db
    .selectFrom('hold_events')
    .select('hold_id')
    .distinct()
    .where('business_date', '=', date)
    .execute();
  const holds = await loadHolds(
    ctx,
    ids.map((r) => r.hold_id),
  );
  const units = new Map<number, Awaited<ReturnType<typeof requireUnit>>>();
  for (const h of holds) {
    if (!units.has(h.row.unit_id)) units.set(h.row.unit_id, await requireUnit(ctx.db, h.row.unit_id));
  }
  const names = ctx.staffNames();
  return holds
    .flatMap((h) => h.events.filter((e) => e.business_date === date).map((e) => ({ e, h })))
    .sort((a, b) => a.e.id - b.e.id)
    .map(({ e, h }) => ({
      ...toEventView(e, h, units.get(h.row.unit_id)!, null, names),
      customerPhone: maskPhone(h.row.customer_phone),
    }));
}
