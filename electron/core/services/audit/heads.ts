import { sql } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import { inJson } from '../../../../db/rows';
import type { SheetFingerprint } from '../../../../shared/contract/audit';
import { formatFingerprint } from '../../../../shared/domain/fingerprint';
import type { CallContext } from '../../context';

export interface ChainHead {
  id: number;
  hash: string;
}

/**
 * The audit chain's head: its last row — before `beforeId` when given. A mutating call passes
 * its own audit row's id: that row is in the ledger from the call's start, unsealed until its
 * end, and the head the call sees is the one before it.
 */
export async function chainHeadOf(db: ReadableDB, beforeId?: number): Promise<ChainHead | null> {
  const row = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .$if(beforeId !== undefined, (q) => q.where('id', '<', beforeId!))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Records the chain's head as a day close finds it, in the close's own transaction: the
 * fingerprint 台账指纹 its day sheet prints beside the signatures, the same whenever the sheet is
 * printed again. Called by the day close (services/dayclose/close.ts).
 */
export async function recordCloseHead(ctx: CallContext, forDate: string): Promise<ChainHead | null> {
  const head = await chainHeadOf(ctx.db, ctx.writer.auditId);
  if (!head) return null;
  await ctx.writer.insert('close_heads', {
    for_date: forDate,
    at: ctx.at,
    head_id: head.id,
    head_hash: head.hash,
  });
  return head;
}

/** The fingerprint the latest close of a date recorded; null for a date never closed since 0030. */
export async function closeFingerprintOf(ctx: { db: ReadableDB }, date: string): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('close_heads')
    .select(['head_id', 'head_hash'])
    .where('for_date', '=', date)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? formatFingerprint(row.head_id, row.head_hash) : null;
}

/** The fingerprint the latest close of each date recorded, for a list of close records. */
export async function closeFingerprintsOf(
  ctx: { db: ReadableDB },
  dates: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (dates.length === 0) return found;
  // a `sql` text, compiled in microseconds: the list of closes asks for it every time it is read
  const { rows } = await selectSql(
    ctx.db,
    sql<{ for_date: string; head_id: number; head_hash: string }>`
      SELECT for_date, head_id, head_hash FROM close_heads
      WHERE for_date IN ${inJson([...dates])} ORDER BY id`,
  );
  for (const row of rows) found.set(row.for_date, formatFingerprint(row.head_id, row.head_hash));
  return found;
}

/**
 * The fingerprint a day sheet prints: for a closed date, the head its close recorded (so the
 * sheet printed again later is the sheet signed); otherwise the chain's head at this export.
 */
export async function sheetFingerprint(
  ctx: { db: ReadableDB },
  date: string,
  closed: boolean,
): Promise<SheetFingerprint | null> {
  const atClose = closed ? await closeFingerprintOf(ctx, date) : null;
  if (atClose) return { text: atClose, asOf: 'close' };
  const head = await chainHeadOf(ctx.db);
  return head && { text: formatFingerprint(head.id, head.hash), asOf: 'export' };
}
