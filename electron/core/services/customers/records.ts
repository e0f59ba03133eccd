import { sql } from 'kysely';
import { IN_JSON_PARAMETER, inJson, jsonTable, queryText, selectSqlRows } from '../../../../db/rows';
import { selectSql, type ReadableDB, type ReadSource } from '../../../../db/access';
import type { CustomerView } from '../../../../shared/contract/customers';
import { AppError } from '../../../../shared/domain/errors';
import { maskPhone, normalizePhone } from '../../../../shared/domain/phone';
import type { Actor, CallContext, ReadCallContext } from '../../context';

const DESK_ROLES = ['receptionist', 'assistant', 'manager', 'deputy'] as const;

/** A consultant with no desk role sees only their own customers (SPEC §1). */
export function seesOwnOnly(actor: Actor): boolean {
  return actor.roles.includes('consultant') && !DESK_ROLES.some((r) => actor.roles.includes(r));
}

/** Full numbers only for managers and the customer's own consultant (SPEC §2, 000:613). */
export function maySeeFullPhone(actor: Actor | null, ownerId: number | null): boolean {
  if (!actor) return false;
  return actor.roles.includes('manager') || (ownerId !== null && actor.id === ownerId);
}

/** The number as typed, normalised; absent when empty; refused when not a phone number. */
export function phoneInput(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  const phone = normalizePhone(text);
  if (!phone) throw new AppError('INVALID_PHONE', { phone: text.slice(0, 30) });
  return phone;
}

export interface CustomerRecord {
  id: number;
  name: string;
  phone: string | null;
  anonymised: boolean;
  ownerId: number | null;
  visits: number;
  calls: number;
  lastSeenAt: string | null;
}

/**
 * Customers with what is derived about them: the owner is the latest manager's decision on a
 * dispute, else the consultant of the first visit (004:233-255, 004:337 rule 8). One statement
 * over the whole set: the visits, calls and decisions of the customers asked for are grouped
 * once each (a day's visitor list asks for 150 customers), not looked up per customer.
 */
export async function loadCustomers(
  db: ReadableDB,
  ids: readonly number[],
  /** The call's raw reader, for a page of customers: their rows read as arrays (db/rows.ts). */
  raw?: ReadSource,
): Promise<Map<number, CustomerRecord>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  // Many ids travel as one JSON parameter: a list of 150 bound four times costs more to build
  // and bind than the grouping itself. One id (a visit being recorded) is bound as it is.
  const which = unique.length === 1 ? sql<number>`(${unique[0]})` : inJson(unique);
  // In the decisions' group, a single max() makes SQLite take the bare owner_id from the row
  // holding it: the latest decision of each customer.
  const query = sql<{
    id: number;
    name: string;
    phone: string | null;
    anonymised_at: string | null;
    owner_id: number | null;
    visits: number;
    calls: number;
    last_seen: string;
  }>`
    SELECT c.id, c.name, c.phone, c.anonymised_at,
      COALESCE(d.owner_id, first.consultant_id) AS owner_id,
      COALESCE(v.n, 0) AS visits,
      COALESCE(k.n, 0) AS calls,
      max(COALESCE(v.last, ''), COALESCE(k.last, '')) AS last_seen
    FROM customers c
    LEFT JOIN (
      SELECT customer_id, count(*) AS n, max(arrived_at) AS last, min(id) AS first_id
      FROM visits WHERE customer_id IN ${which} GROUP BY customer_id
    ) v ON v.customer_id = c.id
    LEFT JOIN visits first ON first.id = v.first_id
    LEFT JOIN (
      SELECT customer_id, count(*) AS n, max(at) AS last
      FROM calls WHERE customer_id IN ${which} GROUP BY customer_id
    ) k ON k.customer_id = c.id
    LEFT JOIN (
      SELECT customer_id, owner_id, max(id) AS latest
      FROM ownership_decisions WHERE customer_id IN ${which} GROUP BY customer_id
    ) d ON d.customer_id = c.id
    WHERE c.id IN ${which}
    ORDER BY c.id`;
  const rows = raw ? selectSqlRows(raw, db, query) : (await selectSql(db, query)).rows;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        phone: r.phone,
        anonymised: r.anonymised_at !== null,
        ownerId: r.owner_id,
        visits: Number(r.visits),
        calls: Number(r.calls),
        lastSeenAt: r.last_seen === '' ? null : r.last_seen,
      },
    ]),
  );
}

// The names as one JSON text (jsonTable): a day's 150 customers, a row at a time, cost as much
// as the visits themselves.
const NAMES_OF_CUSTOMERS = queryText((db) =>
  db
    .selectFrom('customers')
    .select((eb) =>
      eb.fn
        .agg<string | null>('json_group_array', [eb.fn('json_array', [eb.ref('id'), eb.ref('name')])])
        .as('rows'),
    )
    .where('id', 'in', IN_JSON_PARAMETER),
);

/**
 * Only the names of some customers, by id (an anonymised customer's reads 已匿名): for lists
 * that show who came and nothing else of the record — the day's visits at the close — where the
 * counts and owner loadCustomers works out are most of the read.
 */
export function customerNames(
  ctx: Pick<ReadCallContext, 'db' | 'raw'>,
  ids: readonly number[],
): Map<number, string> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map(
    jsonTable<[id: number, name: string]>(ctx.raw, NAMES_OF_CUSTOMERS(ctx.db), [JSON.stringify(unique)]),
  );
}

export async function loadCustomer(db: ReadableDB, id: number): Promise<CustomerRecord> {
  const record = (await loadCustomers(db, [id])).get(id);
  if (!record) throw new AppError('CUSTOMER_NOT_FOUND', { id });
  return record;
}

export function customerView(
  record: CustomerRecord,
  actor: Actor | null,
  names: ReadonlyMap<number, string>,
): CustomerView {
  const full = maySeeFullPhone(actor, record.ownerId);
  return {
    id: record.id,
    name: record.name,
    phone: record.phone === null ? null : full ? record.phone : maskPhone(record.phone),
    phoneMasked: record.phone !== null && !full,
    anonymised: record.anonymised,
    ownerId: record.ownerId,
    ownerName: record.ownerId === null ? null : (names.get(record.ownerId) ?? null),
    visits: record.visits,
    calls: record.calls,
    lastSeenAt: record.lastSeenAt,
  };
}

export async function customerByPhone(db: ReadableDB, phone: string): Promise<CustomerRecord | null> {
  const row = await db.selectFrom('customers').select('id').where('phone', '=', phone).executeTakeFirst();
  return row ? loadCustomer(db, row.id) : null;
}

/** The customer a phone number identifies, or a new one; a customer without phone is always new. */
export async function findOrCreateCustomer(
  ctx: CallContext,
  name: string,
  phone: string | null,
): Promise<CustomerRecord> {
  if (phone) {
    const known = await customerByPhone(ctx.db, phone);
    if (known) return known;
  }
  const row = await ctx.writer.insert('customers', {
    name,
    phone,
    created_at: ctx.at,
    anonymised_at: null,
  });
  return loadCustomer(ctx.db, row.id);
}
