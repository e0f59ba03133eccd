import type { Selectable } from 'kysely';
import { selectRows } from '../../../../db/rows';
import type { RotationEventsTable } from '../../../../db/schema';
import type { RotationView } from '../../../../shared/contract/rotation';
import { AppError } from '../../../../shared/domain/errors';
import {
  applyRotationEvent,
  EMPTY_QUEUE,
  replayRotation,
  replaySteps,
  type RotationEvent,
  type RotationQueue,
} from '../../../../shared/domain/rotation';
import type { CallContext, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { listUsers } from '../users';
import { requireVisit } from '../visits/views';
import { rolesOf } from '../../auth/users';
import { onDutyAndIn } from '../attendance/present';
import { closedThisEvening } from '../../closedDates';

/**
 * The rotation (轮排) is an append-only log of events per business date; the queue is their
 * replay (shared/domain/rotation.ts), never a stored order that could be edited.
 */
type EventRow = Selectable<RotationEventsTable>;

/**
 * The call's reading handles: a day's events (a busy day's few hundred) are read as arrays, and a
 * day's replay is remembered by the router until a call writes an event (see dayRotation).
 */
type Reader = Pick<ReadCallContext, 'db' | 'raw' | 'remembered'>;

/** What every remembered rotation value is read from: the events alone (no trigger writes them). */
const ROTATION_TABLES = ['rotation_events'] as const;

function eventsOf({ db, raw }: Reader, date: string): EventRow[] {
  return selectRows(
    raw,
    db.selectFrom('rotation_events').selectAll().where('business_date', '=', date).orderBy('id'),
  );
}

function toEvent(row: EventRow): RotationEvent {
  if (row.kind === 'set_order') return { kind: 'set_order', order: JSON.parse(row.order_ids!) as number[] };
  return { kind: row.kind, consultantId: row.consultant_id! };
}

export interface DayQueue extends RotationQueue {
  set: boolean;
}

function queueOf(rows: readonly EventRow[]): DayQueue {
  return { ...replayRotation(rows.map(toEvent)), set: rows.some((r) => r.kind === 'set_order') };
}

/**
 * A date's rotation as read once in a call: its events, the queue after each (the panel's
 * explanation) and the queue now. A call that writes an event adds it with `withEvent` (the
 * call holds the ledger's write lock, so nothing else came in between) instead of reading and
 * replaying the day again.
 */
export interface DayRotation {
  date: string;
  rows: EventRow[];
  steps: RotationQueue[];
  queue: DayQueue;
}

function rotationOf(date: string, rows: EventRow[], steps: RotationQueue[]): DayRotation {
  const last = steps.at(-1) ?? EMPTY_QUEUE;
  return { date, rows, steps, queue: { ...last, set: rows.some((r) => r.kind === 'set_order') } };
}

/**
 * A date's rotation, replayed once and remembered until a call writes an event: the panel, the
 * walk-in form's proposal as a phone is typed and the walk-in's own decision read it far more
 * often than anyone changes it (a busy day's 150 events replayed were most of a read).
 * Frozen: a call adding an event builds a new one (withEvent).
 */
export async function dayRotation(reader: Reader, date: string): Promise<DayRotation> {
  return reader.remembered(`rotation.day:${date}`, ROTATION_TABLES, () => {
    const rows = eventsOf(reader, date);
    return rotationOf(date, rows, replaySteps(rows.map(toEvent)));
  });
}

function withEvent(day: DayRotation, row: EventRow): DayRotation {
  const after = applyRotationEvent(day.queue, toEvent(row));
  const { order, away, next } = after;
  return rotationOf(day.date, [...day.rows, row], [...day.steps, { order, away, next }]);
}

/** The people a rotation names, read once in a call: everyone's name, and the active consultants. */
export interface Staff {
  names: ReadonlyMap<number, string>;
  /** Active users holding the consultant role, by name. */
  consultants: { id: number; name: string }[];
}

export async function staffOf(ctx: ReadCallContext): Promise<Staff> {
  const users = await listUsers(ctx.db, true); // by name
  return {
    names: ctx.staffNames(),
    consultants: users
      .filter((u) => u.active === 1 && rolesOf(u).includes('consultant'))
      .map((u) => ({ id: u.id, name: u.name })),
  };
}

export function consultantIn(staff: Staff, id: number): { id: number; name: string } {
  const found = staff.consultants.find((c) => c.id === id);
  if (!found) throw new AppError('CONSULTANT_UNKNOWN', { id });
  return found;
}

/** The queue as it ended on the latest earlier day with a rotation: the morning's starting point. */
function previousOrder(reader: Reader, date: string): readonly number[] {
  return reader.remembered(`rotation.previousOrder:${date}`, ROTATION_TABLES, () => {
    const [last] = selectRows(
      reader.raw,
      reader.db
        .selectFrom('rotation_events')
        .select('business_date')
        .where('business_date', '<', date)
        .where('kind', '=', 'set_order')
        .orderBy('business_date', 'desc')
        .limit(1),
    );
    return last ? queueOf(eventsOf(reader, last.business_date)).order : [];
  });
}

/** The rotation panel's view of a day already read in this call (its events and the staff). */
export async function rotationViewOf(
  ctx: ReadCallContext,
  day: DayRotation,
  staff?: Staff,
): Promise<RotationView> {
  const { rows, date, steps, queue } = day;
  const { names, consultants } = staff ?? (await staffOf(ctx));
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const active = new Set(consultants.map((c) => c.id));
  // With a roster, the day is offered from those on duty who have clocked in (attendance).
  const present = await onDutyAndIn(ctx.db, date);
  const offered = previousOrder(ctx, date).filter(
    (id) => active.has(id) && (present === null || present.includes(id)),
  );
  for (const id of present ?? []) if (active.has(id) && !offered.includes(id)) offered.push(id);
  const lastOrder = rows.filter((r) => r.kind === 'set_order').at(-1);
  return {
    date,
    set: day.queue.set,
    carriedFrom: lastOrder?.reason ?? null,
    queue: queue.order.map((id) => ({ id, name: name(id), away: queue.away.includes(id) })),
    next: queue.next === null ? null : { id: queue.next, name: name(queue.next) },
    events: rows.map((r, i) => ({
      id: r.id,
      at: r.at,
      kind: r.kind,
      consultant: r.consultant_id === null ? null : name(r.consultant_id),
      actor: name(r.actor_id),
      visitId: r.visit_id,
      reason: r.reason,
      queueAfter: steps[i]!.order.map(name),
    })),
    suggestedOrder: offered.map((id) => ({ id, name: name(id) })),
    consultants,
  };
}

export async function rotationView(
  ctx: ReadCallContext,
  date: string = ctx.businessDate,
): Promise<RotationView> {
  if (date !== ctx.businessDate) return rotationViewOf(ctx, await dayRotation(ctx, date));
  const { today, carried } = await receivingRotation(ctx);
  if (!carried) return rotationViewOf(ctx, today);
  // The evening's queue, shown as the open date's until a visitor or a change writes it there.
  const view = await rotationViewOf(ctx, today);
  const { names } = await staffOf(ctx);
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const { order, away, next } = carried.queue;
  return {
    ...view,
    set: true,
    carriedFrom: carried.date,
    queue: order.map((id) => ({ id, name: name(id), away: away.includes(id) })),
    next: next === null ? null : { id: next, name: name(next) },
  };
}

/**
 * The rotation the desk receives visitors by now. After the evening's close the desk works on
 * the next open date (closedDates.ts), whose order nobody has set yet: until someone does, the
 * evening goes on with the queue as the closed day left it (`carried`), so a visitor after the
 * close is received in turn like any other. `queue` is the one to decide by.
 */
export interface ReceivingRotation {
  today: DayRotation;
  carried: DayRotation | null;
  queue: DayQueue;
}

export async function receivingRotation(ctx: ReadCallContext): Promise<ReceivingRotation> {
  const today = await dayRotation(ctx, ctx.businessDate);
  if (today.queue.set) return { today, carried: null, queue: today.queue };
  for (const date of closedThisEvening(ctx).reverse()) {
    const evening = await dayRotation(ctx, date);
    if (evening.queue.set) return { today, carried: evening, queue: evening.queue };
  }
  return { today, carried: null, queue: today.queue };
}

/**
 * Today's rotation to append an event to. A carried queue is first written into the open date
 * as it stands — its order (the `set_order` names the closed date it continues as its reason)
 * and who is away — so the open date's log replays to the same queue on its own.
 */
export async function rotationToWrite(ctx: CallContext, receiving?: ReceivingRotation): Promise<DayRotation> {
  const { today, carried } = receiving ?? (await receivingRotation(ctx));
  if (!carried) return today;
  let day = await append(ctx, today, {
    kind: 'set_order',
    order_ids: JSON.stringify(carried.queue.order),
    reason: carried.date,
  });
  for (const id of carried.queue.away) day = await append(ctx, day, { kind: 'away', consultant_id: id });
  return day;
}

/** Appends an event to today's rotation; returns today's rotation with it. */
async function append(
  ctx: CallContext,
  day: DayRotation,
  event: Pick<EventRow, 'kind'> &
    Partial<Pick<EventRow, 'consultant_id' | 'order_ids' | 'visit_id' | 'reason'>>,
): Promise<DayRotation> {
  const row = await ctx.writer.insert('rotation_events', {
    business_date: ctx.businessDate,
    at: ctx.at,
    kind: event.kind,
    consultant_id: event.consultant_id ?? null,
    order_ids: event.order_ids ?? null,
    visit_id: event.visit_id ?? null,
    reason: event.reason ?? null,
    actor_id: requireActor(ctx).id,
  });
  return withEvent(day, row);
}

/** A consultant received a new customer by rotation: to the end of the queue. */
export async function consumeTurn(
  ctx: CallContext,
  today: DayRotation,
  consultantId: number,
  visitId: number,
): Promise<DayRotation> {
  return append(ctx, today, { kind: 'received', consultant_id: consultantId, visit_id: visitId });
}

export async function grantMakeupTurn(
  ctx: CallContext,
  consultantId: number,
  visitId: number,
  reason: string,
): Promise<{ today: DayRotation; staff: Staff }> {
  const today = await rotationToWrite(ctx);
  const staff = await staffOf(ctx);
  if (!today.queue.order.includes(consultantId)) {
    throw new AppError('CONSULTANT_NOT_ON_DUTY', { name: consultantIn(staff, consultantId).name });
  }
  return {
    today: await append(ctx, today, {
      kind: 'makeup',
      consultant_id: consultantId,
      visit_id: visitId,
      reason,
    }),
    staff,
  };
}

async function onDuty(
  ctx: CallContext,
  consultantId: number,
): Promise<{ today: DayRotation; staff: Staff; name: string }> {
  const staff = await staffOf(ctx);
  const consultant = consultantIn(staff, consultantId);
  const receiving = await receivingRotation(ctx);
  if (!receiving.queue.order.includes(consultantId)) {
    throw new AppError('CONSULTANT_NOT_ON_DUTY', { name: consultant.name });
  }
  return { today: await rotationToWrite(ctx, receiving), staff, name: consultant.name };
}

/**
 * For the outings register: an approved outing marks a consultant on today's rotation away and
 * the return marks them back; the replay keeps the place. A consultant not on today's rotation,
 * or already marked so, is left as they are. Answers whether the rotation changed.
 */
export async function markAwayForOuting(
  ctx: CallContext,
  consultantId: number,
  reason: string,
): Promise<boolean> {
  const today = await dayRotation(ctx, ctx.businessDate);
  if (!today.queue.order.includes(consultantId) || today.queue.away.includes(consultantId)) return false;
  await append(ctx, today, { kind: 'away', consultant_id: consultantId, reason: reason.slice(0, 200) });
  return true;
}

export async function markBackFromOuting(ctx: CallContext, consultantId: number): Promise<boolean> {
  const today = await dayRotation(ctx, ctx.businessDate);
  if (!today.queue.away.includes(consultantId)) return false;
  await append(ctx, today, { kind: 'back', consultant_id: consultantId });
  return true;
}

export const rotationHandlers: HandlersOf<'rotation'> = {
  'rotation.today': (input, ctx) => rotationView(ctx, input.date ?? ctx.businessDate),

  'rotation.setOrder': async (input, ctx) => {
    if (new Set(input.consultantIds).size !== input.consultantIds.length) {
      throw new AppError('ROTATION_DUPLICATE');
    }
    const staff = await staffOf(ctx);
    for (const id of input.consultantIds) consultantIn(staff, id);
    const today = await dayRotation(ctx, ctx.businessDate);
    const after = await append(ctx, today, {
      kind: 'set_order',
      order_ids: JSON.stringify(input.consultantIds),
    });
    return rotationViewOf(ctx, after, staff);
  },

  'rotation.markAway': async (input, ctx) => {
    const { today, staff, name } = await onDuty(ctx, input.consultantId);
    if (today.queue.away.includes(input.consultantId)) throw new AppError('ALREADY_AWAY', { name });
    return rotationViewOf(
      ctx,
      await append(ctx, today, { kind: 'away', consultant_id: input.consultantId }),
      staff,
    );
  },

  'rotation.markBack': async (input, ctx) => {
    const { today, staff, name } = await onDuty(ctx, input.consultantId);
    if (!today.queue.away.includes(input.consultantId)) throw new AppError('NOT_AWAY', { name });
    return rotationViewOf(
      ctx,
      await append(ctx, today, { kind: 'back', consultant_id: input.consultantId }),
      staff,
    );
  },

  'rotation.grantMakeup': async (input, ctx) => {
    const state = await requireVisit(ctx.db, input.visitId);
    // Today's visits, and those of a date closed this evening: the rotation carries on from it.
    const dates = [ctx.businessDate, ...closedThisEvening(ctx)];
    if (!dates.includes(state.row.business_date)) throw new AppError('MAKEUP_NOT_TODAY');
    if (state.row.chosen_by !== 'rotation') throw new AppError('MAKEUP_NOT_BY_ROTATION');
    if (state.outcome?.value !== 'market_research') throw new AppError('MAKEUP_NOT_MARKET_RESEARCH');
    if (state.makeupGranted) throw new AppError('MAKEUP_ALREADY_GRANTED');
    const { today, staff } = await grantMakeupTurn(ctx, state.row.consultant_id, state.row.id, input.reason);
    return rotationViewOf(ctx, today, staff);
  },
};

export const rotationService: ServiceModule<'rotation'> = {
  handlers: rotationHandlers,
};
