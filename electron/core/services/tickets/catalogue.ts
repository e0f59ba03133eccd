import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { TicketCinemasTable, TicketTypesTable } from '../../../../db/schema';
import type { CinemaView, TicketTypeView } from '../../../../shared/contract/tickets';
import { AppError } from '../../../../shared/domain/errors';
import { normalizePhone } from '../../../../shared/domain/phone';
import type { CallContext } from '../../context';

/** Cinemas and ticket types: master data, edited through the writer, never deleted. */

type CinemaRow = Selectable<TicketCinemasTable>;
type TypeRow = Selectable<TicketTypesTable>;

export function toCinemaView(row: CinemaRow): CinemaView {
  return {
    id: row.id,
    name: row.name,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    active: row.active === 1,
  };
}

export async function listCinemas(db: ReadableDB): Promise<CinemaRow[]> {
  return db.selectFrom('ticket_cinemas').selectAll().orderBy('name').execute();
}

export async function requireCinema(db: ReadableDB, id: number): Promise<CinemaRow> {
  const row = await db.selectFrom('ticket_cinemas').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('CINEMA_NOT_FOUND', { id });
  return row;
}

export async function listTypes(db: ReadableDB): Promise<TicketTypeView[]> {
  const rows = await db
    .selectFrom('ticket_types as t')
    .innerJoin('ticket_cinemas as c', 'c.id', 't.cinema_id')
    .selectAll('t')
    .select('c.name as cinema_name')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => toTypeView(r, r.cinema_name));
}

export function toTypeView(row: TypeRow, cinemaName: string): TicketTypeView {
  return {
    id: row.id,
    cinemaId: row.cinema_id,
    cinemaName,
    name: row.name,
    priceFen: row.price_fen,
    lowStockThreshold: row.low_stock_threshold,
    active: row.active === 1,
  };
}

export async function requireType(db: ReadableDB, id: number): Promise<TypeRow> {
  const row = await db.selectFrom('ticket_types').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('TICKET_TYPE_NOT_FOUND', { id });
  return row;
}

/** A type that may move stock: new stock, sales and returns only for an active type. */
export async function requireActiveType(db: ReadableDB, id: number): Promise<TypeRow> {
  const row = await requireType(db, id);
  if (row.active !== 1) throw new AppError('TICKET_TYPE_INACTIVE', { name: row.name });
  return row;
}

export async function saveCinema(
  ctx: CallContext,
  input: { id?: number; name: string; contactName: string; contactPhone: string; active: boolean },
): Promise<CinemaView> {
  const phone = normalizePhone(input.contactPhone);
  if (!phone) throw new AppError('INVALID_PHONE', { phone: input.contactPhone });
  const clash = await ctx.db
    .selectFrom('ticket_cinemas')
    .select('id')
    .where('name', '=', input.name)
    .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id!))
    .executeTakeFirst();
  if (clash) throw new AppError('CINEMA_NAME_TAKEN', { name: input.name });
  const values = {
    name: input.name,
    contact_name: input.contactName,
    contact_phone: phone,
    active: input.active ? (1 as const) : (0 as const),
  };
  if (input.id === undefined) {
    return toCinemaView(await ctx.writer.insert('ticket_cinemas', { ...values, created_at: ctx.at }));
  }
  await requireCinema(ctx.db, input.id);
  return toCinemaView(await ctx.writer.update('ticket_cinemas', input.id, values));
}

export async function saveType(
  ctx: CallContext,
  input: {
    id?: number;
    cinemaId: number;
    name: string;
    priceFen: number;
    lowStockThreshold: number;
    active: boolean;
  },
): Promise<TicketTypeView> {
  const cinema = await requireCinema(ctx.db, input.cinemaId);
  const clash = await ctx.db
    .selectFrom('ticket_types')
    .select('id')
    .where('name', '=', input.name)
    .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id!))
    .executeTakeFirst();
  if (clash) throw new AppError('TICKET_TYPE_NAME_TAKEN', { name: input.name });
  const values = {
    cinema_id: cinema.id,
    name: input.name,
    price_fen: input.priceFen,
    low_stock_threshold: input.lowStockThreshold,
    active: input.active ? (1 as const) : (0 as const),
  };
  if (input.id === undefined) {
    const row = await ctx.writer.insert('ticket_types', { ...values, created_at: ctx.at });
    return toTypeView(row, cinema.name);
  }
  await requireType(ctx.db, input.id);
  return toTypeView(await ctx.writer.update('ticket_types', input.id, values), cinema.name);
}
