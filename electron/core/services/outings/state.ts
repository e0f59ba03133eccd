import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { OutingEventsTable, OutingsTable, StandInsTable } from '../../../../db/schema';
import type { OutingView } from '../../../../shared/contract/outings';
import type { OutingState } from '../../../../shared/domain/vocab';
import { wholeMinutes } from '../../../../shared/domain/workday';
import type { CallReader, ReadCallContext } from '../../context';

/**
 * An outing is the form as filled in plus what followed it; where it stands (out, back,
 * cancelled), when it came back (the latest correction, else the return) and how late are
 * derived here from those rows, never stored.
 */
export type OutingRow = Selectable<OutingsTable>;
export type OutingEventRow = Selectable<OutingEventsTable>;
export type StandInRow = Selectable<StandInsTable>;

export interface DerivedOuting {
  row: OutingRow;
  events: OutingEventRow[];
  state: OutingState;
  /** The return in force: the latest correction, else the return as recorded. */
  backAt: string | null;
  cancelReason: string | null;
}

export function derive(row: OutingRow, events: OutingEventRow[]): DerivedOuting {
  const ending = events.find((e) => e.kind === 'returned' || e.kind === 'cancelled');
  const returns = events.filter((e) => e.kind === 'returned' || e.kind === 'return_corrected');
  return {
    row,
    events,
    state: ending === undefined ? 'out' : ending.kind === 'returned' ? 'returned' : 'cancelled',
    backAt: returns.at(-1)?.back_at ?? null,
    cancelReason: ending?.kind === 'cancelled' ? ending.reason : null,
  };
}

async function withEvents(db: ReadableDB, rows: OutingRow[]): Promise<DerivedOuting[]> {
  if (rows.length === 0) return [];
  const events = await db
    .selectFrom('outing_events')
    .selectAll()
    .where(
      'outing_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) =>
    derive(
      row,
      events.filter((e) => e.outing_id === row.id),
    ),
  );
}

export async function loadOuting(db: ReadableDB, id: number): Promise<DerivedOuting | null> {
  const row = await db.selectFrom('outings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? ((await withEvents(db, [row]))[0] ?? null) : null;
}

/** The outings not back and not cancelled, oldest first; one person's when `userId` is given. */
export async function openOutings(db: ReadableDB, userId?: number): Promise<DerivedOuting[]> {
  const rows = await db
    .selectFrom('outings as o')
    .selectAll('o')
    .$if(userId !== undefined, (q) => q.where('o.user_id', '=', userId!))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outing_events as e')
            .select('e.id')
            .whereRef('e.outing_id', '=', 'o.id')
            .where('e.kind', 'in', ['returned', 'cancelled']),
        ),
      ),
    )
    .orderBy('o.id')
    .execute();
  return withEvents(db, rows);
}

/**
 * The outings that left on the business dates from `from` to `to`, oldest first; what followed
 * them only as recorded by `recordedBy` when given (the day sheet reads a date as it ended).
 */
export async function outingsLeftBetween(
  db: ReadableDB,
  from: string,
  to: string,
  options: { userId?: number; recordedBy?: string } = {},
): Promise<DerivedOuting[]> {
  const rows = await db
    .selectFrom('outings')
    .selectAll()
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .$if(options.userId !== undefined, (q) => q.where('user_id', '=', options.userId!))
    .orderBy('id')
    .execute();
  const outings = await withEvents(db, rows);
  if (options.recordedBy === undefined) return outings;
  const by = options.recordedBy;
  return outings.map((o) =>
    derive(
      o.row,
      o.events.filter((e) => e.business_date <= by),
    ),
  );
}

/** Minutes past the expected return: at the return, or until `now` while still out. */
export function lateMinutesOf(o: DerivedOuting, now: Date): number {
  if (o.state === 'cancelled') return 0;
  return wholeMinutes(o.row.expected_back, o.backAt ?? now);
}

/** Out past the expected return and its grace. */
export function isOverdue(o: DerivedOuting, now: Date, graceMinutes: number): boolean {
  return o.state === 'out' && now.getTime() > new Date(o.row.expected_back).getTime() + graceMinutes * 60_000;
}

export async function standInsOf(db: ReadableDB, outingIds: readonly number[]): Promise<StandInRow[]> {
  if (outingIds.length === 0) return [];
  return db.selectFrom('stand_ins').selectAll().where('outing_id', 'in', outingIds).orderBy('id').execute();
}

export function toOutingView(
  ctx: Pick<ReadCallContext, 'now' | 'settings'> & CallReader,
  o: DerivedOuting,
  standIns: readonly StandInRow[],
): OutingView {
  const names = ctx.staffNames();
  const name = (id: number | null) => (id === null ? '' : (names.get(id) ?? `#${id}`));
  return {
    id: o.row.id,
    userId: o.row.user_id,
    name: name(o.row.user_id),
    reason: o.row.reason,
    destination: o.row.destination,
    leftAt: o.row.left_at,
    expectedBack: o.row.expected_back,
    backAt: o.backAt,
    state: o.state,
    lateMinutes: lateMinutesOf(o, ctx.now),
    overdue: isOverdue(o, ctx.now, ctx.settings.outingGraceMinutes),
    approvedBy: name(o.row.approved_by),
    recordedBy: name(o.row.recorded_by),
    cancelReason: o.cancelReason,
    corrections: o.events
      .filter((e) => e.kind === 'return_corrected')
      .map((e) => ({ at: e.at, by: name(e.by_user_id), backAt: e.back_at!, reason: e.reason! })),
    standIns: standIns
      .filter((s) => s.outing_id === o.row.id)
      .map((s) => ({ at: s.at, deputy: name(s.deputy_id), act: s.act })),
  };
}

export async function outingViews(ctx: ReadCallContext, outings: DerivedOuting[]): Promise<OutingView[]> {
  const standIns = await standInsOf(
    ctx.db,
    outings.map((o) => o.row.id),
  );
  return outings.map((o) => toOutingView(ctx, o, standIns));
}
