import type { Kysely, Selectable } from 'kysely';
import type { Database, RotationEventsTable } from '../../../db/schema';
import type { RotationView } from '../../../shared/contract/rotation';
import { AppError } from '../../../shared/domain/errors';
import {
  replayRotation,
  replaySteps,
  type RotationEvent,
  type RotationQueue,
} from '../../../shared/domain/rotation';
import type { CallContext } from '../context';
import { requireActor } from '../context';
import type { HandlersOf } from '../handler';
import { listUsers, rolesOf } from './users';

/**
 * The rotation (轮排) is an append-only log of events per business date; the queue is their
 * replay (shared/domain/rotation.ts), never a stored order that could be edited.
 */
type EventRow = Selectable<RotationEventsTable>;

async function eventsOf(db: Kysely<Database>, date: string): Promise<EventRow[]> {
  return db
    .selectFrom('rotation_events')
    .selectAll()
    .where('business_date', '=', date)
    .orderBy('id')
    .execute();
}

function toEvent(row: EventRow): RotationEvent {
  if (row.kind === 'set_order') return { kind: 'set_order', order: JSON.parse(row.order_ids!) as number[] };
  return { kind: row.kind, consultantId: row.consultant_id! };
}

export interface DayQueue extends RotationQueue {
  set: boolean;
}

export async function queueOn(db: Kysely<Database>, date: string): Promise<DayQueue> {
  const rows = await eventsOf(db, date);
  return { ...replayRotation(rows.map(toEvent)), set: rows.some((r) => r.kind === 'set_order') };
}

/** Active users holding the consultant role, by name. */
export async function activeConsultants(db: Kysely<Database>): Promise<{ id: number; name: string }[]> {
  return (await listUsers(db, false))
    .filter((u) => rolesOf(u).includes('consultant'))
    .map((u) => ({ id: u.id, name: u.name }));
}

export async function requireConsultant(
  db: Kysely<Database>,
  id: number,
): Promise<{ id: number; name: string }> {
  const found = (await activeConsultants(db)).find((c) => c.id === id);
  if (!found) throw new AppError('CONSULTANT_UNKNOWN', { id });
  return found;
}

/** The queue as it ended on the latest earlier day with a rotation: the morning's starting point. */
async function previousOrder(db: Kysely<Database>, date: string): Promise<number[]> {
  const last = await db
    .selectFrom('rotation_events')
    .select('business_date')
    .where('business_date', '<', date)
    .where('kind', '=', 'set_order')
    .orderBy('business_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? (await queueOn(db, last.business_date)).order : [];
}

export async function rotationView(ctx: CallContext, date: string = ctx.businessDate): Promise<RotationView> {
  const rows = await eventsOf(ctx.db, date);
  const steps = replaySteps(rows.map(toEvent));
  const queue = steps.at(-1) ?? replayRotation([]);
  const staff = new Map((await listUsers(ctx.db, true)).map((u) => [u.id, u.name]));
  const name = (id: number) => staff.get(id) ?? `#${id}`;
  const consultants = await activeConsultants(ctx.db);
  const active = new Set(consultants.map((c) => c.id));
  return {
    date,
    set: rows.some((r) => r.kind === 'set_order'),
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
    suggestedOrder: (await previousOrder(ctx.db, date))
      .filter((id) => active.has(id))
      .map((id) => ({ id, name: name(id) })),
    consultants,
  };
}

async function append(
  ctx: CallContext,
  event: Pick<EventRow, 'kind'> &
    Partial<Pick<EventRow, 'consultant_id' | 'order_ids' | 'visit_id' | 'reason'>>,
): Promise<void> {
  await ctx.writer.insert('rotation_events', {
    business_date: ctx.businessDate,
    at: ctx.at,
    kind: event.kind,
    consultant_id: event.consultant_id ?? null,
    order_ids: event.order_ids ?? null,
    visit_id: event.visit_id ?? null,
    reason: event.reason ?? null,
    actor_id: requireActor(ctx).id,
  });
}

/** A consultant received a new customer by rotation: to the end of the queue. */
export async function consumeTurn(ctx: CallContext, consultantId: number, visitId: number): Promise<void> {
  await append(ctx, { kind: 'received', consultant_id: consultantId, visit_id: visitId });
}

export async function grantMakeupTurn(
  ctx: CallContext,
  consultantId: number,
  visitId: number,
  reason: string,
): Promise<void> {
  const queue = await queueOn(ctx.db, ctx.businessDate);
  if (!queue.order.includes(consultantId)) {
    throw new AppError('CONSULTANT_NOT_ON_DUTY', {
      name: (await requireConsultant(ctx.db, consultantId)).name,
    });
  }
  await append(ctx, { kind: 'makeup', consultant_id: consultantId, visit_id: visitId, reason });
}

async function onDuty(ctx: CallContext, consultantId: number): Promise<{ queue: DayQueue; name: string }> {
  const consultant = await requireConsultant(ctx.db, consultantId);
  const queue = await queueOn(ctx.db, ctx.businessDate);
  if (!queue.order.includes(consultantId)) {
    throw new AppError('CONSULTANT_NOT_ON_DUTY', { name: consultant.name });
  }
  return { queue, name: consultant.name };
}

export const rotationHandlers = {
  'rotation.today': (input, ctx) => rotationView(ctx, input.date ?? ctx.businessDate),

  'rotation.setOrder': async (input, ctx) => {
    if (new Set(input.consultantIds).size !== input.consultantIds.length) {
      throw new AppError('ROTATION_DUPLICATE');
    }
    for (const id of input.consultantIds) await requireConsultant(ctx.db, id);
    await append(ctx, { kind: 'set_order', order_ids: JSON.stringify(input.consultantIds) });
    return rotationView(ctx);
  },

  'rotation.markAway': async (input, ctx) => {
    const { queue, name } = await onDuty(ctx, input.consultantId);
    if (queue.away.includes(input.consultantId)) throw new AppError('ALREADY_AWAY', { name });
    await append(ctx, { kind: 'away', consultant_id: input.consultantId });
    return rotationView(ctx);
  },

  'rotation.markBack': async (input, ctx) => {
    const { queue, name } = await onDuty(ctx, input.consultantId);
    if (!queue.away.includes(input.consultantId)) throw new AppError('NOT_AWAY', { name });
    await append(ctx, { kind: 'back', consultant_id: input.consultantId });
    return rotationView(ctx);
  },
} satisfies Partial<HandlersOf<'rotation'>>;
