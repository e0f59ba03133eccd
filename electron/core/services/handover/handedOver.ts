import type { ReadableDB } from '../../../../db/access';

/**
 * When `personId` last handed the desk over after `since` (the incoming person's acknowledgement
 * ends the outgoing person's shift), or null. The tickets ledger uses it for "the seller's own
 * sale in the same shift" (SPEC §6).
 */
export async function handedOverSince(
  db: ReadableDB,
  personId: number,
  since: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('handovers as h')
    .innerJoin('handover_acks as a', 'a.handover_id', 'h.id')
    .select('a.at')
    .where('h.from_id', '=', personId)
    .where('a.at', '>', since)
    .orderBy('a.at', 'asc')
    .executeTakeFirst();
  return row?.at ?? null;
}
