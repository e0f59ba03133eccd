import type { DepositMethod, RefundEventKind } from '../../../../shared/domain/vocab';
import { sql } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import { IN_JSON_PARAMETER, inJson, jsonTable, queryText, selectRows } from '../../../../db/rows';
import type { ReadCallContext } from '../../context';
import { handInCovering, handInsOf } from '../cash';

/**
 * What the ledger holds about a hold beyond its status: the 不定 report, the deposit's details
 * and the refund with its events — read for a page of holds at once (one query each), by hold id.
 */

export interface ReportFact {
  holdId: number;
  at: string;
  actorId: number;
  reason: string;
}

export interface DepositFact {
  id: number;
  holdId: number;
  method: DepositMethod;
  amountFen: number;
  receiptNo: string;
  agreementNo: string;
  receivedBy: number;
  listPriceFen: number;
  agreedPriceFen: number;
  approvedBy: number | null;
  discountReason: string | null;
  at: string;
  businessDate: string;
  confirmation: { cashierId: number; at: string; businessDate: string; statementRef: string | null } | null;
  /** A cash deposit's hand-in to the cashier with its receiver's takings (the cash ledger's), or null. */
  handedIn: { cashierId: number; at: string; businessDate: string } | null;
}

export interface RefundEventFact {
  kind: RefundEventKind;
  at: string;
  businessDate: string;
  actorId: number | null;
  cashierId: number | null;
  method: DepositMethod | null;
  reference: string | null;
  note: string | null;
}

export interface RefundFact {
  id: number;
  holdId: number;
  amountFen: number;
  reason: string;
  approvedBy: number;
  at: string;
  businessDate: string;
  dueDate: string;
  events: RefundEventFact[];
}

export interface HoldFacts {
  reports: Map<number, ReportFact>;
  deposits: Map<number, DepositFact>;
  refunds: Map<number, RefundFact>;
}

export const NO_FACTS: HoldFacts = { reports: new Map(), deposits: new Map(), refunds: new Map() };

export function loadReports(ctx: ReadCallContext, holdIds: readonly number[]): Map<number, ReportFact> {
  if (holdIds.length === 0) return new Map();
  const rows = selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('hold_events')
      .select(['hold_id', 'at', 'actor_id', 'reason'])
      .where('kind', '=', 'reported')
      .where('hold_id', 'in', inJson([...new Set(holdIds)])),
  );
  return new Map(
    rows.map((r) => [r.hold_id, { holdId: r.hold_id, at: r.at, actorId: r.actor_id!, reason: r.reason! }]),
  );
}

/**
 * A deposit with its event's amount and receipt and its confirmation, if any: one JSON array per
 * deposit in DEPOSIT_COLUMNS' order, the list as one text (jsonTable) — a building's board reads
 * some 90 deposits of 18 columns, whose crossing from SQLite a value at a time was most of their cost.
 */
const DEPOSIT_COLUMNS = [
  'd.id',
  'd.hold_id',
  'd.method',
  'e.amount_fen',
  'e.receipt_no',
  'd.agreement_no',
  'd.received_by',
  'd.list_price_fen',
  'd.agreed_price_fen',
  'd.approved_by',
  'd.discount_reason',
  'd.at',
  'd.business_date',
  'd.audit_id',
  'c.cashier_id',
  'c.at',
  'c.statement_ref',
  'c.business_date',
] as const;
type DepositRow = [
  id: number,
  holdId: number,
  method: DepositMethod,
  amountFen: number,
  receiptNo: string,
  agreementNo: string,
  receivedBy: number,
  listPriceFen: number,
  agreedPriceFen: number,
  approvedBy: number | null,
  discountReason: string | null,
  at: string,
  businessDate: string,
  auditId: number,
  cashierId: number | null,
  confirmedAt: string | null,
  statementRef: string | null,
  confirmedOn: string | null,
];

function depositsQuery(db: ReadableDB) {
  return db
    .selectFrom('hold_deposits as d')
    .innerJoin('hold_events as e', 'e.id', 'd.event_id')
    .leftJoin('deposit_confirmations as c', 'c.deposit_id', 'd.id')
    .select((eb) =>
      eb.fn
        .agg<string | null>('json_group_array', [
          eb.fn(
            'json_array',
            DEPOSIT_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('d.id')
        .as('rows'),
    );
}
// Kept as text (queryText): building and compiling the join each call cost as much as running it.
const DEPOSITS_OF_HOLDS = queryText((db) => depositsQuery(db).where('d.hold_id', 'in', IN_JSON_PARAMETER));
const DEPOSITS_BY_ID = queryText((db) => depositsQuery(db).where('d.id', 'in', IN_JSON_PARAMETER));
const DEPOSITS_OF_DATE = queryText((db) => depositsQuery(db).where('d.business_date', '=', sql<string>`?`));

/** The deposits of some holds (by hold id), or of one business date, with their confirmation. */
export function loadDeposits(
  ctx: ReadCallContext,
  by: { holdIds: readonly number[] } | { businessDate: string } | { depositIds: readonly number[] },
): DepositFact[] {
  if ('holdIds' in by && by.holdIds.length === 0) return [];
  if ('depositIds' in by && by.depositIds.length === 0) return [];
  const rows =
    'holdIds' in by
      ? jsonTable<DepositRow>(ctx.raw, DEPOSITS_OF_HOLDS(ctx.db), [JSON.stringify([...new Set(by.holdIds)])])
      : 'depositIds' in by
        ? jsonTable<DepositRow>(ctx.raw, DEPOSITS_BY_ID(ctx.db), [
            JSON.stringify([...new Set(by.depositIds)]),
          ])
        : jsonTable<DepositRow>(ctx.raw, DEPOSITS_OF_DATE(ctx.db), [by.businessDate]);
  // Cash deposits reach the cashier with their receiver's takings: the cash ledger says when.
  const handIns = handInsOf(
    ctx,
    rows.filter((r) => r[2] === 'cash').map((r) => r[6]),
  );
  // By position (DepositRow's order): as fast as a destructuring, and each field named once.
  return rows.map((r) => ({
    id: r[0],
    holdId: r[1],
    method: r[2],
    amountFen: r[3],
    receiptNo: r[4],
    agreementNo: r[5],
    receivedBy: r[6],
    listPriceFen: r[7],
    agreedPriceFen: r[8],
    approvedBy: r[9],
    discountReason: r[10],
    at: r[11],
    businessDate: r[12],
    confirmation:
      r[14] === null ? null : { cashierId: r[14], at: r[15]!, businessDate: r[17]!, statementRef: r[16] },
    handedIn:
      r[2] === 'cash'
        ? handInCovering(handIns, { holderId: r[6], auditId: r[13], businessDate: r[12] })
        : null,
  }));
}

/** Refunds (of some holds, some refund ids, or all still unpaid) with their events in order. */
export function loadRefunds(
  ctx: ReadCallContext,
  by:
    { holdIds: readonly number[] } | { refundIds: readonly number[] } | { unpaid: true } | { latest: number },
): RefundFact[] {
  if ('holdIds' in by && by.holdIds.length === 0) return [];
  if ('refundIds' in by && by.refundIds.length === 0) return [];
  const heads = selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('hold_refunds as f')
      .selectAll('f')
      .$if('holdIds' in by, (q) =>
        q.where('f.hold_id', 'in', inJson([...new Set((by as { holdIds: number[] }).holdIds)])),
      )
      .$if('refundIds' in by, (q) =>
        q.where('f.id', 'in', inJson([...new Set((by as { refundIds: number[] }).refundIds)])),
      )
      .$if('unpaid' in by, (q) =>
        q.where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('refund_events as p')
                .select('p.id')
                .whereRef('p.refund_id', '=', 'f.id')
                .where('p.kind', '=', 'paid'),
            ),
          ),
        ),
      )
      .orderBy('f.id', 'desc')
      .$if('latest' in by, (q) => q.limit((by as { latest: number }).latest)),
  );
  if (heads.length === 0) return [];
  const events = selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('refund_events')
      .selectAll()
      .where('refund_id', 'in', inJson(heads.map((h) => h.id)))
      .orderBy('id'),
  );
  return heads.map((h) => ({
    id: h.id,
    holdId: h.hold_id,
    amountFen: h.amount_fen,
    reason: h.reason,
    approvedBy: h.approved_by,
    at: h.at,
    businessDate: h.business_date,
    dueDate: h.due_date,
    events: events
      .filter((e) => e.refund_id === h.id)
      .map((e) => ({
        kind: e.kind,
        at: e.at,
        businessDate: e.business_date,
        actorId: e.actor_id,
        cashierId: e.cashier_id,
        method: e.method,
        reference: e.reference,
        note: e.note,
      })),
  }));
}

export function loadFacts(ctx: ReadCallContext, holdIds: readonly number[]): HoldFacts {
  return {
    reports: loadReports(ctx, holdIds),
    deposits: new Map(loadDeposits(ctx, { holdIds }).map((d) => [d.holdId, d])),
    refunds: new Map(loadRefunds(ctx, { holdIds }).map((f) => [f.holdId, f])),
  };
}
