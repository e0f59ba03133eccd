import { sql } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import {
  ackSnapshotSchema,
  type DifferenceView,
  type HandoverSummary,
  type HandoverView,
} from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole } from '../../../../shared/domain/roles';
import { requireActor, type CallContext, type CallReader, type ReadCallContext } from '../../context';
import { findUser, rolesOf } from '../../auth/users';
import { clearMissedWarning } from './missed';
import { shiftForHandover } from './shifts';
import { addTask, listTasks } from './tasks';
import { isClosed } from '../../closedDateQueries';
import { countsEntered } from './blind';

/** Who may take over the desk (SPEC §1: receptionists, and assistants standing in). */
export const DESK_ROLES = ['receptionist', 'assistant'] as const;

export interface ItemCount {
  name: string;
  count: number;
}

export interface HandoverFilter {
  ids?: number[];
  from?: string;
  to?: string;
  personId?: number;
  withDifferences?: boolean;
  acknowledged?: boolean;
  limit?: number;
}

/**
 * How many handovers await their acknowledgement: each acknowledgement names one handover, once
 * (handover_acks.handover_id is UNIQUE, NOT NULL, a foreign key), so the difference of the two
 * counts — read from the tables' b-trees, not their rows — is exactly the number unacknowledged.
 */
async function unacknowledgedCount(db: ReadableDB): Promise<number> {
  const { rows } = await selectSql(
    db,
    sql<{ n: number }>`SELECT (SELECT count(*) FROM handovers) - (SELECT count(*) FROM handover_acks) AS n`,
  );
  return rows[0]?.n ?? 0;
}

export async function listHandovers(
  ctx: CallReader,
  filter: HandoverFilter = {},
): Promise<HandoverSummary[]> {
  let limit = filter.limit ?? 500;
  // The desk asks for the unacknowledged ones on every visit: nearly every handover of the years
  // is acknowledged, and finding the few that are not stepped over all of them (~0.6 ms on a
  // five-year office). Knowing how many there are, the newest-first scan stops at the last one.
  if (filter.acknowledged === false) {
    limit = Math.min(limit, await unacknowledgedCount(ctx.db));
    if (limit <= 0) return [];
  }
  const rows = await ctx.db
    .selectFrom('handovers as h')
    .leftJoin('handover_acks as a', 'a.handover_id', 'h.id')
    .select([
      'h.id',
      'h.business_date',
      'h.shift_name',
      'h.from_id',
      'h.to_id',
      'h.started_at',
      'a.at as ack_at',
      'a.difference_count',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('h.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.from !== undefined, (q) => q.where('h.business_date', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('h.business_date', '<=', filter.to!))
    .$if(filter.personId !== undefined, (q) =>
      q.where((eb) => eb.or([eb('h.from_id', '=', filter.personId!), eb('h.to_id', '=', filter.personId!)])),
    )
    .$if(filter.withDifferences === true, (q) => q.where('a.difference_count', '>', 0))
    .$if(filter.acknowledged === false, (q) => q.where('a.id', 'is', null))
    .orderBy('h.id', 'desc')
    .limit(limit)
    .execute();
  const names = ctx.staffNames();
  return rows.map((r) => ({
    id: r.id,
    businessDate: r.business_date,
    shiftName: r.shift_name,
    fromId: r.from_id,
    fromName: names.get(r.from_id) ?? `#${r.from_id}`,
    toId: r.to_id,
    toName: names.get(r.to_id) ?? `#${r.to_id}`,
    startedAt: r.started_at,
    acknowledgedAt: r.ack_at,
    differenceCount: r.difference_count ?? 0,
  }));
}

export async function requireHandover(ctx: CallReader, id: number): Promise<HandoverSummary> {
  const [h] = await listHandovers(ctx, { ids: [id] });
  if (!h) throw new AppError('HANDOVER_NOT_FOUND', { id });
  return h;
}

export async function latestVersion(db: ReadableDB, handoverId: number) {
  return db
    .selectFrom('handover_versions')
    .selectAll()
    .where('handover_id', '=', handoverId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

export async function differencesOf(db: ReadableDB, handoverId: number): Promise<DifferenceView[]> {
  return db
    .selectFrom('handover_differences')
    .select(['section', 'label', 'expected', 'counted', 'note'])
    .where('handover_id', '=', handoverId)
    .orderBy('id')
    .execute();
}

export async function handoverView(ctx: CallReader, id: number): Promise<HandoverView> {
  const { db } = ctx;
  const summary = await requireHandover(ctx, id);
  const version = await latestVersion(db, id);
  const ack = await db
    .selectFrom('handover_acks')
    .select('snapshot')
    .where('handover_id', '=', id)
    .executeTakeFirst();
  return {
    ...summary,
    items: JSON.parse(version.items) as ItemCount[],
    notes: version.notes,
    countsEntered: await countsEntered(db, id),
    acknowledgement: ack ? ackSnapshotSchema.parse(JSON.parse(ack.snapshot)) : null,
    differences: await differencesOf(db, id),
    tasks: await listTasks(ctx, { handoverId: id }),
  };
}

/**
 * Who holds the desk: the incoming person of the latest acknowledged handover. Signing in does
 * not change it (anyone may sign in to look something up); only a countersigned handover moves
 * the desk, its keys and its cash. Before the first handover nobody holds it.
 */
export async function deskHolder(ctx: CallReader): Promise<{ id: number; name: string } | null> {
  const row = await ctx.db
    .selectFrom('handover_acks as a')
    .innerJoin('handovers as h', 'h.id', 'a.handover_id')
    .select('h.to_id')
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.to_id, name: ctx.staffNames().get(row.to_id) ?? `#${row.to_id}` };
}

/** When `userId` last took the desk over: their latest acknowledged incoming handover. */
export async function lastTakeover(ctx: CallReader, userId: number): Promise<Date | null> {
  const row = await ctx.db
    .selectFrom('handover_acks as a')
    .innerJoin('handovers as h', 'h.id', 'a.handover_id')
    .select('a.at')
    .where('h.to_id', '=', userId)
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? new Date(row.at) : null;
}

/**
 * The desk items to check: the list in the settings, each with the count last taken over at an
 * acknowledged handover (what is really on the desk), else the usual count from the settings.
 */
export async function latestItemCounts(ctx: ReadCallContext): Promise<ItemCount[]> {
  const last = await ctx.db
    .selectFrom('handover_item_lines')
    .select(['name', sql<number>`counted`.as('counted')])
    .where('handover_id', '=', (eb) =>
      eb.selectFrom('handover_acks').select((e) => e.fn.max('handover_id').as('m')),
    )
    .execute();
  const counted = new Map(last.map((l) => [l.name, l.counted]));
  return ctx.settings.handoverItems.map((i) => ({ name: i.name, count: counted.get(i.name) ?? i.count }));
}

export function refuseNegative(lines: { name: string; value: number }[]): void {
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.value < 0) throw new AppError('HANDOVER_COUNT_NEGATIVE', { item: l.name });
    if (seen.has(l.name)) throw new AppError('HANDOVER_DUPLICATE_ITEM', { item: l.name });
    seen.add(l.name);
  }
}

export interface DraftInput {
  items: ItemCount[];
  notes: string;
  newTasks: string[];
}

async function writeDraft(ctx: CallContext, handoverId: number, draft: DraftInput): Promise<void> {
  refuseNegative(draft.items.map((i) => ({ name: i.name, value: i.count })));
  await ctx.writer.insert('handover_versions', {
    handover_id: handoverId,
    items: JSON.stringify(draft.items),
    notes: draft.notes,
    by_id: requireActor(ctx).id,
    at: ctx.at,
  });
  for (const text of draft.newTasks) await addTask(ctx, text, handoverId);
}

export async function startHandover(
  ctx: CallContext,
  input: DraftInput & { toUserId: number; shiftName?: string },
): Promise<HandoverView> {
  const actor = requireActor(ctx);
  if (input.toUserId === actor.id) throw new AppError('HANDOVER_SELF');
  const incoming = await findUser(ctx.db, input.toUserId);
  if (!incoming) throw new AppError('USER_NOT_FOUND', { id: input.toUserId });
  if (incoming.active !== 1 || !hasAnyRole(rolesOf(incoming), DESK_ROLES)) {
    throw new AppError('HANDOVER_RECEIVER_ROLE', { name: incoming.name });
  }
  // One handover under way per outgoing person: a second would leave two drafts to acknowledge.
  const pending = (await listHandovers(ctx, { personId: actor.id, acknowledged: false })).find(
    (h) => h.fromId === actor.id,
  );
  if (pending) {
    throw new AppError('HANDOVER_PENDING', { id: pending.id, from: pending.fromName, to: pending.toName });
  }
  // Filed under the outgoing person's ending shift, whatever shift the clock is in now.
  const shift = shiftForHandover(ctx.now, ctx.settings, await lastTakeover(ctx, actor.id), input.shiftName);
  // The night shift hands over after midnight; when its date was already closed that evening the
  // handover goes into the next open date, like every write after a close (SPEC §2).
  const businessDate = (await isClosed(ctx.db, shift.businessDate)) ? ctx.businessDate : shift.businessDate;
  const row = await ctx.writer.insert('handovers', {
    business_date: businessDate,
    shift_name: shift.name,
    from_id: actor.id,
    to_id: incoming.id,
    started_at: ctx.at,
  });
  await writeDraft(ctx, row.id, input);
  await clearMissedWarning(ctx, shift, { id: row.id, from: actor.name, to: incoming.name });
  return handoverView(ctx, row.id);
}

export async function refuseIfLocked(ctx: ReadCallContext, h: HandoverSummary): Promise<void> {
  if (h.acknowledgedAt !== null) throw new AppError('HANDOVER_LOCKED', { id: h.id });
}

export async function saveHandover(
  ctx: CallContext,
  input: DraftInput & { handoverId: number },
): Promise<HandoverView> {
  const h = await requireHandover(ctx, input.handoverId);
  await refuseIfLocked(ctx, h);
  if (requireActor(ctx).id !== h.fromId) throw new AppError('HANDOVER_NOT_YOURS', { name: h.fromName });
  await writeDraft(ctx, h.id, input);
  return handoverView(ctx, h.id);
}
