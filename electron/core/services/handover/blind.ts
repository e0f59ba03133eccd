import type { DeskSnapshot, HandoverSummary } from '../../../../shared/contract/handover';
import type { ReadableDB } from '../../../../db/access';
import type { CallContext, ReadCallContext } from '../../context';
import type { CountsInput } from './compare';

/**
 * The blind count (setting handoverCountBlind, on by default; hotel cashiers' blind drops): the
 * incoming person counts before she learns what the ledgers expect. The screen hides the
 * figures, and the main process withholds them from her too, so no call answers them before her
 * count is entered (`handover.review`). Each count entered is kept, the first being the blind one.
 */

/** How many times the incoming person's count of a handover was entered. */
export async function countsEntered(db: ReadableDB, handoverId: number): Promise<number> {
  const row = await db
    .selectFrom('handover_counts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('handover_id', '=', handoverId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether the signed-in person is the incoming person of `h`, counting blind, not counted yet. */
export async function countingBlind(ctx: ReadCallContext, h: HandoverSummary): Promise<boolean> {
  if (!ctx.settings.handoverCountBlind || h.acknowledgedAt !== null) return false;
  if (ctx.actor?.id !== h.toId || h.fromId === h.toId) return false;
  return (await countsEntered(ctx.db, h.id)) === 0;
}

/** Keeps a count as it was entered, with how many differences it showed. */
export async function recordCount(
  ctx: CallContext,
  h: HandoverSummary,
  input: CountsInput,
  differenceCount: number,
): Promise<void> {
  const { handoverId: _id, ...counts } = input;
  await ctx.writer.insert('handover_counts', {
    handover_id: h.id,
    entered_by: ctx.actor!.id,
    counts: JSON.stringify(counts),
    difference_count: differenceCount,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
}

/**
 * The snapshot without what the blind count must not see: the desk's expected stock and item
 * counts, and the outgoing person's cash (not one's own, which one may always see).
 */
/** A handover as the blind count may read it: the lines to count without the declared counts. */
export function withholdDeclared<V extends { items: { name: string; count: number | null }[] }>(view: V): V {
  return { ...view, items: view.items.map((i) => ({ ...i, count: null })) };
}

export function withholdFigures(snap: DeskSnapshot, ownCash: boolean): DeskSnapshot {
  return {
    ...snap,
    items: snap.items.map((i) => ({ ...i, count: null })),
    tickets: snap.tickets.map((t) => ({ ...t, expected: null })),
    cashExpectedFen: ownCash ? snap.cashExpectedFen : null,
  };
}
