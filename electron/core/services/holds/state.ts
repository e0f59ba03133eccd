import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { HoldEventsTable, HoldsTable } from '../../../../db/schema';
import type { HoldState } from '../../../../shared/contract/holds';
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

/** The columns of an event that the status is derived from. */
type EventFacts = Pick<HoldEventRow, 'kind' | 'expires_at' | 'amount_fen' | 'receipt_no'>;

const STATE_AFTER: Record<HoldEventRow['kind'], HoldState | null> = {
  requested: 'pending',
  approved: 'held',
  extended: null,
  rejected: 'rejected',
  deposit: 'reserved',
  released: 'released',
  signed: 'signed',
  cancelled: 'cancelled',
  reported: null,
};

function statusOf(row: HoldRow, events: readonly EventFacts[], consultantName: string): HoldStatus {
  const hold: HoldStatus = {
    row,
    state: 'pending',
    expiresAt: null,
    depositFen: null,
    receiptNo: null,
    reported: false,
    consultantName,
  };
  for (const e of events) {
    hold.state = STATE_AFTER[e.kind] ?? hold.state;
    if (e.expires_at !== null) hold.expiresAt = e.expires_at;
    if (e.kind === 'reported') hold.reported = true;
    if (e.kind === 'deposit') {
      hold.depositFen = e.amount_fen;
      hold.receiptNo = e.receipt_no;
    }
  }
  if (hold.state !== 'held') hold.expiresAt = null;
  return hold;
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
const ALL_CLAIMS = queryText(claimsQuery);
const CLAIMS_OF_UNITS = queryText((db) => claimsQuery(db).where('unit_id', 'in', IN_JSON_PARAMETER));
const HOLDS_BY_ID = queryText((db) =>
  db
    .selectFrom('holds')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn(
            'json_array',
            HOLD_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('id')
        .as('rows'),
    )
    .where('id', 'in', IN_JSON_PARAMETER),
);
// Each hold's events with their ids, from the covering (hold_id, id, facts) index (0016), put in
// the order they happened per hold in JS (claimedHolds): ordered inside the aggregate, SQLite
// sorted every event of the page once more (~0.07 ms of a building's ~375; the expiry job's
// whole project is five times that).
const EVENT_FACTS_OF_HOLDS = queryText((db) =>
  db
    .selectFrom('hold_events')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn('json_array', [
            eb.ref('hold_id'),
            eb.ref('id'),
            eb.ref('kind'),
            eb.ref('expires_at'),
            eb.ref('amount_fen'),
            eb.ref('receipt_no'),
          ]),
        ])
        .as('rows'),
    )
    .where('hold_id', 'in', IN_JSON_PARAMETER),
);

/**
 * Every claimed unit's hold with its status, for the board and the expiry job: only the columns
 * of the events that the status is derived from (a building's board reads some 350 events per
 * call). Each list is read as one JSON text (jsonTable) by a query text built once (queryText),
 * the ids as one JSON parameter: a building's ~100 claims, ~94 holds and ~376 events were
 * otherwise handed from SQLite to JS a row at a time, most of the board's cost.
 */
export async function claimedHolds(
  ctx: ReadCallContext,
  unitIds?: readonly number[],
): Promise<Map<number, HoldStatus>> {
  if (unitIds?.length === 0) return new Map();
  const claims =
    unitIds === undefined
      ? jsonTable<[unitId: number, holdId: number]>(ctx.raw, ALL_CLAIMS(ctx.db))
      : jsonTable<[unitId: number, holdId: number]>(ctx.raw, CLAIMS_OF_UNITS(ctx.db), [
          JSON.stringify(unitIds),
        ]);
  if (claims.length === 0) return new Map();
  const ids = [JSON.stringify(claims.map(([, holdId]) => holdId))];
  const rows = rowObjects<HoldRow>(jsonTable(ctx.raw, HOLDS_BY_ID(ctx.db), ids), HOLD_COLUMNS);
  const events = jsonTable<
    [holdId: number, id: number, EventFacts['kind'], string | null, number | null, string | null]
  >(ctx.raw, EVENT_FACTS_OF_HOLDS(ctx.db), ids);
  const byHold = new Map<number, [id: number, facts: EventFacts][]>();
  for (const [holdId, id, kind, expires_at, amount_fen, receipt_no] of events) {
    const e: [number, EventFacts] = [id, { kind, expires_at, amount_fen, receipt_no }];
    const list = byHold.get(holdId);
    if (list) list.push(e);
    else byHold.set(holdId, [e]);
  }
  const inOrder = (list: [number, EventFacts][] | undefined): EventFacts[] =>
    list === undefined ? [] : list.sort((a, b) => a[0] - b[0]).map(([, facts]) => facts);
  const names = ctx.staffNames();
  return new Map(
    rows.map((r) => [
      r.unit_id,
      statusOf(r, inOrder(byHold.get(r.id)), names.get(r.consultant_id) ?? `#${r.consultant_id}`),
    ]),
  );
}
