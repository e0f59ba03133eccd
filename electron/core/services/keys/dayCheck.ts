import type { z } from 'zod';
import type { dayCheckItemSchema } from '../../../../shared/contract/keys';
import type { ReadCallContext } from '../../context';
import { boardViews, holderOf, latestMovements, stateAfter } from './state';

type DayCheckItem = z.infer<typeof dayCheckItemSchema>;

export interface KeyDayCheck {
  businessDate: string;
  /** Every copy is home, lost (already explained by its report), or out with a reason. */
  complete: boolean;
  items: DayCheckItem[];
}

/**
 * The day-close key check (SPEC §8 step 3, 000:621-625): every copy of every key in use, home
 * at its night place (the front-desk key's is the office's designated spot) or out overnight
 * with the reason recorded for its current movement. The day-close ledger calls this.
 */
export async function keyDayCheck(ctx: ReadCallContext): Promise<KeyDayCheck> {
  const keys = await boardViews(ctx, false);
  const outIds = keys.flatMap((k) =>
    k.copyStates.filter((c) => c.state === 'out' && c.movementId !== null).map((c) => c.movementId!),
  );
  const notes = new Map<number, string>();
  if (outIds.length > 0) {
    const rows = await ctx.db
      .selectFrom('key_overnight_notes')
      .select(['movement_id', 'reason'])
      .where('movement_id', 'in', outIds)
      .orderBy('id')
      .execute();
    for (const r of rows) notes.set(r.movement_id, r.reason); // later notes replace earlier ones
  }
  const items = keys.flatMap((k) =>
    k.copyStates.map((c) => ({
      keyId: k.id,
      tag: k.tag,
      name: k.name,
      copyNo: c.copyNo,
      state: c.state,
      place: k.nightPlace ?? k.homePlace,
      holder: c.holder,
      since: c.since,
      movementId: c.movementId,
      overnightReason: c.state === 'out' ? (notes.get(c.movementId!) ?? null) : null,
    })),
  );
  return {
    businessDate: ctx.businessDate,
    complete: items.every((i) => i.state !== 'out' || i.overnightReason !== null),
    items,
  };
}

export interface CopyOutAt {
  tag: string;
  keyName: string;
  copyNo: number;
  holderName: string | null;
  since: string;
  overnightReason: string | null;
}

/**
 * The copies that were out at the end of a business date, derived from the movements up to it,
 * with the overnight reason written that day or before: a past day's sheet re-exports the same.
 * Outside holders' phones never appear here.
 */
export async function copiesOutAt(ctx: ReadCallContext, date: string): Promise<CopyOutAt[]> {
  const latest = await latestMovements(ctx, undefined, date);
  const out = [...latest.values()].filter((r) => stateAfter(r.kind) === 'out');
  if (out.length === 0) return [];
  const keys = new Map(
    (
      await ctx.db
        .selectFrom('keys')
        .select(['id', 'tag', 'name'])
        .where(
          'id',
          'in',
          out.map((r) => r.key_id),
        )
        .execute()
    ).map((k) => [k.id, k]),
  );
  const notes = await ctx.db
    .selectFrom('key_overnight_notes')
    .select(['movement_id', 'reason'])
    .where(
      'movement_id',
      'in',
      out.map((r) => r.id),
    )
    .where('business_date', '<=', date)
    .orderBy('id')
    .execute();
  const reasons = new Map(notes.map((n) => [n.movement_id, n.reason])); // later notes win
  const names = ctx.staffNames();
  return out
    .map((r) => ({ ...r, key: keys.get(r.key_id)! }))
    .sort((a, b) => a.key.tag.localeCompare(b.key.tag) || a.copy_no - b.copy_no)
    .map((r) => ({
      tag: r.key.tag,
      keyName: r.key.name,
      copyNo: r.copy_no,
      holderName: holderOf(ctx, r, names, true)?.name ?? null,
      since: r.at,
      overnightReason: reasons.get(r.id) ?? null,
    }));
}
