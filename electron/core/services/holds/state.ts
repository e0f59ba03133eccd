import { sql, type Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { HoldEventsTable, HoldsTable } from '../../../../db/schema';
import type { HoldState } from '../../../../shared/contract/holds';
import { foldHoldEvents, standingExpiry, type HoldEventFacts } from '../../../../shared/domain/holdStatus';
import {
  allColumns,
  IN_JSON_PARAMETER,
  jsonTable,
  queryText,
  rowObjects,
  selectTextRows,
} from '../../../../db/rows';
import type { ReadCallContext } from '../../context';

export type HoldRow = Selectable<HoldsTable>;
export type HoldEventRow = Selectable<HoldEventsTable>;

/** A hold's own row and its consultant's name: what a register line says of the hold. */
export interface HoldHead {
  row: HoldRow;
  consultantName: string;
}

/** What a hold's events say of it now (its state, expiry, deposit); never stored, always derived. */
export interface HoldStatus extends HoldHead {
  state: HoldState;
  expiresAt: string | null;
  depositFen: number | null;
  receiptNo: string | null;
  /** The consultant reported 不定 (the details are read apart: the board needs only the flag). */
  reported: boolean;
}

/** A hold with its status and the events it was derived from (the register lists them). */
export interface DerivedHold extends HoldStatus {
  events: HoldEventRow[];
}

/** A hold's row, every column, in this order (read with jsonTable). */
const HOLD_COLUMNS = allColumns<HoldRow>()(
  'id',
  'unit_id',
  'consultant_id',
  'requested_by',
  'customer_name',
  'customer_phone',
  'at',
  'business_date',
  'audit_id',
);

function statusOf(row: HoldRow, events: readonly HoldEventFacts[], consultantName: string): HoldStatus {
  const fold = foldHoldEvents(events);
  return {
    row,
    state: fold.state,
    expiresAt: standingExpiry(fold),
    depositFen: fold.depositFen,
    receiptNo: fold.receiptNo,
    reported: fold.reported,
    consultantName,
  };
}

export function derive(row: HoldRow, events: HoldEventRow[], consultantName: string): DerivedHold {
  return { ...statusOf(row, events, consultantName), events };
}

/** A held unit whose time ran out: released by the system at its expiry, whether or not the job ran. */
export function lapsed(hold: HoldStatus, now: Date): boolean {
  return hold.state === 'held' && hold.expiresAt !== null && hold.expiresAt <= now.toISOString();
}

/** Still a claim on the unit: pending, held (unexpired), reserved or signed. */
export function isLive(hold: HoldStatus, now: Date): boolean {
  return ['pending', 'held', 'reserved', 'signed'].includes(hold.state) && !lapsed(hold, now);
}

/** Loads holds (by id, or all when ids is omitted) with their events, derived. */
export async function loadHolds(ctx: ReadCallContext, ids?: readonly number[]): Promise<DerivedHold[]> {
  if (ids && ids.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('holds')
    .selectAll()
    .$if(ids !== undefined, (q) => q.where('id', 'in', ids!))
    .orderBy('id')
    .execute();
  const events = await ctx.db
    .selectFrom('hold_events')
    .selectAll()
    .$if(ids !== undefined, (q) => q.where('hold_id', 'in', ids!))
    .orderBy('id')
    .execute();
  const byHold = new Map<number, HoldEventRow[]>();
  for (const e of events) {
    const list = byHold.get(e.hold_id);
    if (list) list.push(e);
    else byHold.set(e.hold_id, [e]);
  }
  const names = ctx.staffNames();
  return rows.map((r) =>
    derive(r, byHold.get(r.id) ?? [], names.get(r.consultant_id) ?? `#${r.consultant_id}`),
  );
}

const HOLD_HEADS_BY_ID = queryText((db) =>
  db.selectFrom('holds').selectAll().where('id', 'in', IN_JSON_PARAMETER),
);

/**
 * Holds by id without their events (a register page names its holds, it does not derive them):
 * a page's worth, read as arrays, the ids as one JSON parameter (one statement for every page).
 */
export function loadHoldHeads(
  ctx: ReadCallContext,
  ids: readonly number[],
  names: ReadonlyMap<number, string>,
): Map<number, HoldHead> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = selectTextRows(ctx.raw, HOLD_HEADS_BY_ID(ctx.db), [JSON.stringify(unique)]);
  return new Map(
    rows.map((row) => [
      row.id,
      { row, consultantName: names.get(row.consultant_id) ?? `#${row.consultant_id}` },
    ]),
  );
}

/** The hold holding a unit's claim row, if any (it may have lapsed but not yet been released). */
export async function claimedHold(ctx: ReadCallContext, unitId: number): Promise<DerivedHold | null> {
  const claim = await ctx.db
    .selectFrom('unit_claims')
    .select('hold_id')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (!claim || claim.hold_id === null) return null;
  return (await loadHolds(ctx, [claim.hold_id]))[0] ?? null;
}

function claimsQuery(db: ReadableDB) {
  return db
    .selectFrom('unit_claims')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [eb.fn('json_array', [eb.ref('unit_id'), eb.ref('hold_id')])])
        .as('rows'),
    )
    .where('hold_id', 'is not', null);
}
/** The claims whose hold is still open, off 0050's partial index (its own WHERE, word for word). */
const OPEN_CLAIMS = queryText((db) =>
  db
    .selectFrom('hold_status as s')
    .innerJoin('unit_claims as c', 'c.hold_id', 's.hold_id')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [eb.fn('json_array', [eb.ref('c.unit_id'), eb.ref('c.hold_id')])])
        .as('rows'),
    )
    .where(sql<boolean>`s.state IN ('pending', 'held')`),
);
const CLAIMS_OF_UNITS = queryText((db) => claimsQuery(db).where('unit_id', 'in', IN_JSON_PARAMETER));
/** A claimed hold's row (HOLD_COLUMNS) and then the status the database keeps of it (0049). */
type KeptStatus = [
  state: HoldState | null,
  lastExpiresAt: string | null,
  depositFen: number | null,
  receiptNo: string | null,
  reported: 0 | 1 | null,
];
const HOLDS_WITH_STATUS_BY_ID = queryText((db) =>
  db
    .selectFrom('holds as h')
    .leftJoin('hold_status as s', 's.hold_id', 'h.id')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn('json_array', [
            ...HOLD_COLUMNS.map((c) => eb.ref(`h.${c}`)),
            eb.ref('s.state'),
            eb.ref('s.expires_at'),
            eb.ref('s.deposit_fen'),
            eb.ref('s.receipt_no'),
            eb.ref('s.reported'),
          ]),
        ])
        .as('rows'),
    )
    .where('h.id', 'in', IN_JSON_PARAMETER),
);

/**
 * Some units' claimed holds with their status, by unit id (a building's, for the board). The
 * status is the one the database keeps of each hold's events (0049: the same fold, taken event by
 * event as they are written), read with the hold: folding a building's ~375 events on every call
 * was most of the board's cost. The claims and the holds are each read as one JSON text
 * (jsonTable) by a query text built once (queryText), the ids as one JSON parameter.
 */
export function claimedHolds(ctx: ReadCallContext, unitIds: readonly number[]): Map<number, HoldStatus> {
  if (unitIds.length === 0) return new Map();
  return holdsOfClaims(
    ctx,
    jsonTable<[unitId: number, holdId: number]>(ctx.raw, CLAIMS_OF_UNITS(ctx.db), [JSON.stringify(unitIds)]),
  );
}

/** The claimed holds still open (pending or held, lapsed or not), by unit id, as claimedHolds reads them. */
export function openClaimedHolds(ctx: ReadCallContext): Map<number, HoldStatus> {
  return holdsOfClaims(ctx, jsonTable<[unitId: number, holdId: number]>(ctx.raw, OPEN_CLAIMS(ctx.db)));
}

function holdsOfClaims(
  ctx: ReadCallContext,
  claims: readonly [unitId: number, holdId: number][],
): Map<number, HoldStatus> {
  if (claims.length === 0) return new Map();
  const rows = jsonTable<unknown[]>(ctx.raw, HOLDS_WITH_STATUS_BY_ID(ctx.db), [
    JSON.stringify(claims.map(([, holdId]) => holdId)),
  ]);
  const heads = rowObjects<HoldRow>(rows, HOLD_COLUMNS);
  const names = ctx.staffNames();
  const holds = new Map<number, HoldStatus>();
  for (let i = 0; i < rows.length; i++) {
    const row = heads[i]!;
    const [state, lastExpiresAt, depositFen, receiptNo, reported] = rows[i]!.slice(
      HOLD_COLUMNS.length,
    ) as KeptStatus;
    // Every hold is written with its request, so it has its row; none would read as the start.
    const fold = { state: state ?? 'pending', lastExpiresAt };
    holds.set(row.unit_id, {
      row,
      state: fold.state,
      expiresAt: standingExpiry(fold),
      depositFen,
      receiptNo,
      reported: reported === 1,
      consultantName: names.get(row.consultant_id) ?? `#${row.consultant_id}`,
    });
  }
  return holds;
}
