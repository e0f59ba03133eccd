import { sql } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { MovementView, StockLine } from '../../../../shared/contract/tickets';
import type { CallReader } from '../../context';

/**
 * Stock on hand is the sum of the movements of a type. The database keeps that sum for "now" in
 * `ticket_stock_on_hand` (0012: a trigger adds each movement as it is written, and refuses any
 * other write), so a current figure is one row; every type's figure at the end of a date
 * (`expectedStock`) is that row less the movements dated after it — few, for the dates the close
 * and the day sheet ask about; any other point in the past sums the movements up to it. These
 * readers are what the handover and day-close ledgers call for the expected figures (帐实相符).
 */

/** A point in the ledger's history: an instant (UTC ISO) or the end of a business date. */
export interface AsOf {
  at?: string;
  businessDate?: string;
}

/** No point named: the figure now, which the running balances hold. */
export function isNow(asOf: AsOf): boolean {
  return asOf.at === undefined && asOf.businessDate === undefined;
}

/** Stock on hand of one type, now or as of an instant / the end of a business date. */
export async function onHandOf(db: ReadableDB, typeId: number, asOf: AsOf = {}): Promise<number> {
  if (isNow(asOf)) {
    const kept = await db
      .selectFrom('ticket_stock_on_hand')
      .select('on_hand')
      .where('type_id', '=', typeId)
      .executeTakeFirst();
    return kept?.on_hand ?? 0;
  }
  const row = await db
    .selectFrom('ticket_movements')
    .select(sql<number>`coalesce(sum(delta), 0)`.as('n'))
    .where('type_id', '=', typeId)
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(asOf.businessDate !== undefined, (q) => q.where('business_date', '<=', asOf.businessDate!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stock per type as a subquery `s(type_id, on_hand)`: now, at the end of a date, or at an instant. */
function stockSums(db: ReadableDB, asOf: AsOf) {
  if (isNow(asOf)) return db.selectFrom('ticket_stock_on_hand').select(['type_id', 'on_hand']).as('s');
  const date = asOf.businessDate;
  if (asOf.at === undefined && date !== undefined) {
    // the kept figure less the movements dated after the date, a seek on
    // `ticket_movements_stock_by_date` per type: summing up to the date reads five years
    return db
      .selectFrom('ticket_stock_on_hand as k')
      .select([
        'k.type_id',
        sql<number>`k.on_hand - coalesce((SELECT sum(m.delta) FROM ticket_movements m
          WHERE m.type_id = k.type_id AND m.business_date > ${date}), 0)`.as('on_hand'),
      ])
      .as('s');
  }
  return db
    .selectFrom('ticket_movements')
    .select(['type_id', sql<number>`sum(delta)`.as('on_hand')])
    .$if(asOf.at !== undefined, (q) => q.where('at', '<=', asOf.at!))
    .$if(date !== undefined, (q) => q.where('business_date', '<=', date!))
    .groupBy('type_id')
    .as('s');
}

/**
 * Expected stock per type (every type, active or not): now, or summed from the movements up to
 * a point — for the handover (`at`: the instant of the handover) and the day close
 * (`businessDate`).
 */
export async function expectedStock(db: ReadableDB, asOf: AsOf = {}): Promise<StockLine[]> {
  const sums = stockSums(db, asOf);
  const rows = await db
    .selectFrom('ticket_types as t')
    .innerJoin('ticket_cinemas as c', 'c.id', 't.cinema_id')
    .leftJoin(sums, 's.type_id', 't.id')
    .select([
      't.id',
      't.name',
      't.price_fen',
      't.low_stock_threshold',
      't.active',
      'c.name as cinema_name',
      'c.contact_name',
      'c.contact_phone',
      's.on_hand',
    ])
    .orderBy('t.active', 'desc')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => {
    const onHand = Number(r.on_hand ?? 0);
    return {
      typeId: r.id,
      name: r.name,
      cinemaName: r.cinema_name,
      contactName: r.contact_name,
      contactPhone: r.contact_phone,
      priceFen: r.price_fen,
      lowStockThreshold: r.low_stock_threshold,
      onHand,
      low: r.active === 1 && onHand <= r.low_stock_threshold,
      active: r.active === 1,
    };
  });
}

export interface MovementFilter {
  ids?: number[];
  typeId?: number;
  kind?: MovementView['kind'];
  fromDate?: string;
  toDate?: string;
  limit?: number;
  beforeId?: number;
}

/** The movements register, newest first, with names resolved for the reader. */
export async function listMovements(ctx: CallReader, filter: MovementFilter): Promise<MovementView[]> {
  const rows = await ctx.db
    .selectFrom('ticket_movements as m')
    .innerJoin('ticket_types as t', 't.id', 'm.type_id')
    .leftJoin('ticket_movements as v', 'v.voids_id', 'm.id')
    .leftJoin('ticket_price_exceptions as x', 'x.sale_id', 'm.id')
    .selectAll('m')
    .select(['t.name as type_name', 'v.id as voided_by_id', 'x.catalogue_price_fen as catalogue_fen'])
    .$if(filter.ids !== undefined, (q) => q.where('m.id', 'in', filter.ids!))
    .$if(filter.typeId !== undefined, (q) => q.where('m.type_id', '=', filter.typeId!))
    .$if(filter.kind !== undefined, (q) => q.where('m.kind', '=', filter.kind!))
    .$if(filter.fromDate !== undefined, (q) => q.where('m.business_date', '>=', filter.fromDate!))
    .$if(filter.toDate !== undefined, (q) => q.where('m.business_date', '<=', filter.toDate!))
    .$if(filter.beforeId !== undefined, (q) => q.where('m.id', '<', filter.beforeId!))
    .orderBy('m.id', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
  const names = ctx.staffNames();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    businessDate: r.business_date,
    typeId: r.type_id,
    typeName: r.type_name,
    kind: r.kind,
    delta: r.delta,
    unitPriceFen: r.unit_price_fen,
    catalogueFen: r.catalogue_fen,
    amountFen: r.amount_fen,
    paymentMethod: r.payment_method,
    batch: r.batch,
    serialFrom: r.serial_from,
    serialTo: r.serial_to,
    voidsId: r.voids_id,
    voidedById: r.voided_by_id,
    reason: r.reason,
    actorId: r.actor_id,
    actorName: names.get(r.actor_id) ?? `#${r.actor_id}`,
    countersignedByName: r.countersigned_by === null ? null : (names.get(r.countersigned_by) ?? null),
  }));
}

export async function movementView(ctx: CallReader, id: number): Promise<MovementView> {
  const [view] = await listMovements(ctx, { ids: [id], limit: 1 });
  if (!view) throw new Error(`ticket movement ${id} vanished inside its own transaction`);
  return view;
}
