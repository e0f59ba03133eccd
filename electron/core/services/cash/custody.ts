import { sql } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import type { CashMovementKind } from '../../../../db/schema';
import type { CallContext, ReadCallContext } from '../../context';
import { inJson, selectRows } from '../../../../db/rows';
import { isNow, type AsOf } from '../tickets/stock';

/**
 * Ticket cash in custody, derived: a person's balance is the sum of their cash movements (cash
 * sales in, refunds of voided cash sales out, transfers between people, hand-over to the cashier,
 * counted variances). The database keeps the current sums (0012: `cash_custody` per holder,
 * `cash_float_balances` per desk, each added to by a trigger as a movement is written, never
 * written otherwise), so "now" reads one row per holder; at the end of a date, that row less the
 * movements dated after it; at an instant, the movements summed up to it. The handover and
 * day-close ledgers call `cashBalance` / `expectedCash` for the expected figures, now, at an
 * instant or at the end of a business date.
 */

export async function cashBalance(db: ReadableDB, holderId: number, asOf: AsOf = {}): Promise<number> {
  if (isNow(asOf)) {
    const kept = await db
      .selectFrom('cash_custody')
      .select('balance_fen')
      .where('holder_id', '=', holderId)
      .executeTakeFirst();
    return kept?.balance_fen ?? 0;
  }
  if (asOf.at === undefined && asOf.businessDate !== undefined) {
    // the kept balance less what came after the date, in one statement (one snapshot): a few
    // rows, where the sum up to the date reads the holder's whole history
    const { rows } = await selectSql(
      db,
      sql<{ n: number }>`SELECT
        coalesce((SELECT balance_fen FROM cash_custody WHERE holder_id = ${holderId}), 0)
      - coalesce((SELECT sum(delta_fen) FROM cash_movements
                   WHERE holder_id = ${holderId} AND business_date > ${asOf.businessDate}), 0) AS n`,
    );
    return Number(rows[0]!.n);
  }
  const row = await db
    .selectFrom('cash_movements')
    .select(sql<number>`coalesce(sum(delta_fen), 0)`.as('n'))
    .where('holder_id', '=', holderId)
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(asOf.businessDate !== undefined, (q) => q.where('business_date', '<=', asOf.businessDate!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Expected ticket cash of everyone who ever held any, by user id. */
export async function expectedCash(db: ReadableDB, asOf: AsOf = {}): Promise<Map<number, number>> {
  if (isNow(asOf)) {
    const kept = await db
      .selectFrom('cash_custody')
      .select(['holder_id', 'balance_fen'])
      .orderBy('holder_id') // the order the grouped sum gives
      .execute();
    return new Map(kept.map((r) => [r.holder_id, r.balance_fen]));
  }
  if (asOf.at === undefined && asOf.businessDate !== undefined) {
    // At the end of a date: each kept balance less the movements dated after it (a seek on
    // `cash_movements_custody_by_date` per holder, where summing up to the date reads five years
    // of them); those who held nothing by then are left out, as the sum leaves them.
    const date = asOf.businessDate;
    const kept = await db
      .selectFrom('cash_custody as k')
      .select([
        'k.holder_id',
        sql<number>`k.balance_fen - coalesce((SELECT sum(m.delta_fen) FROM cash_movements m
          WHERE m.holder_id = k.holder_id AND m.business_date > ${date}), 0)`.as('n'),
      ])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('cash_movements as m')
            .select('m.id')
            .whereRef('m.holder_id', '=', 'k.holder_id')
            .where('m.business_date', '<=', date),
        ),
      )
      .orderBy('k.holder_id')
      .execute();
    return new Map(kept.map((r) => [r.holder_id, Number(r.n)]));
  }
  const rows = await db
    .selectFrom('cash_movements')
    .select(['holder_id', sql<number>`sum(delta_fen)`.as('n')])
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(asOf.businessDate !== undefined, (q) => q.where('business_date', '<=', asOf.businessDate!))
    .groupBy('holder_id')
    .execute();
  return new Map(rows.map((r) => [r.holder_id, Number(r.n)]));
}

/** One business date's ticket-cash movements summed per holder and kind (the day's sheet). */
export async function cashMovedOn(
  db: ReadableDB,
  date: string,
): Promise<{ holderId: number; kind: CashMovementKind; deltaFen: number }[]> {
  const rows = await db
    .selectFrom('cash_movements')
    .select(['holder_id', 'kind', sql<number>`sum(delta_fen)`.as('n')])
    .where('business_date', '=', date)
    .groupBy(['holder_id', 'kind'])
    .orderBy('holder_id')
    .execute();
  return rows.map((r) => ({ holderId: r.holder_id, kind: r.kind, deltaFen: Number(r.n) }));
}

/** The change float 备用金 of a desk: counted with the cash, but not ticket cash. */
export async function floatOf(db: ReadableDB, desk: string, asOf: AsOf = {}): Promise<number> {
  if (isNow(asOf)) {
    const kept = await db
      .selectFrom('cash_float_balances')
      .select('float_fen')
      .where('desk', '=', desk)
      .executeTakeFirst();
    return kept?.float_fen ?? 0;
  }
  const row = await db
    .selectFrom('cash_float_changes')
    .select(sql<number>`coalesce(sum(delta_fen), 0)`.as('n'))
    .where('desk', '=', desk)
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(asOf.businessDate !== undefined, (q) => q.where('business_date', '<=', asOf.businessDate!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function allFloats(
  db: ReadableDB,
  asOf: AsOf = {},
): Promise<{ desk: string; floatFen: number }[]> {
  if (isNow(asOf)) {
    const kept = await db
      .selectFrom('cash_float_balances')
      .select(['desk', 'float_fen'])
      .orderBy('desk')
      .execute();
    return kept.map((r) => ({ desk: r.desk, floatFen: r.float_fen }));
  }
  const rows = await db
    .selectFrom('cash_float_changes')
    .select(['desk', sql<number>`sum(delta_fen)`.as('n')])
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(asOf.businessDate !== undefined, (q) => q.where('business_date', '<=', asOf.businessDate!))
    .groupBy('desk')
    .orderBy('desk')
    .execute();
  return rows.map((r) => ({ desk: r.desk, floatFen: Number(r.n) }));
}

/**
 * Appends one change of a person's custody; the database refuses a balance below zero. It is
 * dated the call's business date, or `businessDate` when it settles an earlier open date (the
 * day close hands that date's cash to the cashier).
 */
export async function recordCashMovement(
  ctx: CallContext,
  m: {
    holderId: number;
    kind: CashMovementKind;
    deltaFen: number;
    ticketMovementId?: number;
    transferId?: number;
    businessDate?: string;
  },
): Promise<void> {
  if (m.deltaFen === 0) return; // nothing moved (a hand-over of exactly nothing counted)
  await ctx.writer.insert('cash_movements', {
    at: ctx.at,
    business_date: m.businessDate ?? ctx.businessDate,
    holder_id: m.holderId,
    kind: m.kind,
    delta_fen: m.deltaFen,
    ticket_movement_id: m.ticketMovementId ?? null,
    transfer_id: m.transferId ?? null,
  });
}

/**
 * A unit's deposit 定金 paid in cash goes into the custody of whoever received it, like ticket
 * cash, and reaches the cashier with the rest of their cash (her PIN on the hand-over). The
 * database ties the movement to the deposit recorded in the same call (0024).
 */
export async function receiveDepositCash(
  ctx: CallContext,
  m: { holderId: number; amountFen: number },
): Promise<void> {
  await recordCashMovement(ctx, { holderId: m.holderId, kind: 'deposit', deltaFen: m.amountFen });
}

/** A hand-over of a person's cash to the cashier (the day close's count, or a hand-in). */
export interface HandIn {
  holderId: number;
  transferId: number;
  /** The call that handed it in (calls are sealed in order: a later call has a larger id). */
  auditId: number;
  at: string;
  businessDate: string;
  cashierId: number;
}

/** The cash ledger's tables handInsOf reads: for a ledger that remembers what it derives from them. */
export const HAND_IN_TABLES = ['cash_transfers'] as const;

/**
 * Every hand-in to the cashier of these holders, oldest first: for the holds ledger, whose cash
 * deposits reach the cashier with the receiver's takings. Read synchronously with the holds
 * ledger's own list reads (one query).
 */
export function handInsOf(ctx: Pick<ReadCallContext, 'db' | 'raw'>, holderIds: readonly number[]): HandIn[] {
  if (holderIds.length === 0) return [];
  return selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('cash_transfers')
      .select(['id', 'from_id', 'to_id', 'at', 'business_date', 'audit_id'])
      .where('kind', '=', 'to_cashier')
      .where('from_id', 'in', inJson([...new Set(holderIds)]))
      .orderBy('id'),
  ).map((r) => ({
    holderId: r.from_id,
    transferId: r.id,
    auditId: r.audit_id,
    at: r.at,
    businessDate: r.business_date,
    cashierId: r.to_id,
  }));
}

/**
 * The hand-in that took cash received by the call `auditId`, dated `businessDate`, to the
 * cashier: the first one after it that covers its date (a day close hands in its own date's
 * cash, not a later date's). Null while the cash is still with its holder.
 */
export function handInCovering(
  handIns: readonly HandIn[],
  m: { holderId: number; auditId: number; businessDate: string },
): HandIn | null {
  return (
    handIns.find(
      (h) => h.holderId === m.holderId && h.auditId > m.auditId && h.businessDate >= m.businessDate,
    ) ?? null
  );
}
