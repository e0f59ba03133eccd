import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CustomerView } from '../../../shared/contract/customers';
import { AppError } from '../../../shared/domain/errors';
import { maskPhone, normalizePhone } from '../../../shared/domain/phone';
import type { Actor, CallContext } from '../context';
import { requireActor } from '../context';
import type { HandlersOf } from '../handler';
import { searchCustomerIds } from './customerSearch';
import { listUsers } from './users';

/** The name left in place of an erased one (the UI shows its own words for it). */
export const ANONYMISED_NAME = '已匿名';

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

export async function staffNames(db: Kysely<Database>): Promise<Map<number, string>> {
  return new Map((await listUsers(db, true)).map((u) => [u.id, u.name]));
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
 * dispute, else the consultant of the first visit (004:233-255, 004:337 rule 8).
 */
export async function loadCustomers(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, CustomerRecord>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await sql<{
    id: number;
    name: string;
    phone: string | null;
    anonymised_at: string | null;
    owner_id: number | null;
    visits: number;
    calls: number;
    last_visit: string | null;
    last_call: string | null;
  }>`
    SELECT c.id, c.name, c.phone, c.anonymised_at,
      COALESCE(
        (SELECT d.owner_id FROM ownership_decisions d WHERE d.customer_id = c.id ORDER BY d.id DESC LIMIT 1),
        (SELECT v.consultant_id FROM visits v WHERE v.customer_id = c.id ORDER BY v.id LIMIT 1)
      ) AS owner_id,
      (SELECT count(*) FROM visits v WHERE v.customer_id = c.id) AS visits,
      (SELECT count(*) FROM calls k WHERE k.customer_id = c.id) AS calls,
      (SELECT max(v.arrived_at) FROM visits v WHERE v.customer_id = c.id) AS last_visit,
      (SELECT max(k.at) FROM calls k WHERE k.customer_id = c.id) AS last_call
    FROM customers c WHERE c.id IN (${sql.join(unique)})`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        phone: r.phone,
        anonymised: r.anonymised_at !== null,
        ownerId: r.owner_id,
        visits: Number(r.visits),
        calls: Number(r.calls),
        lastSeenAt:
          [r.last_visit, r.last_call]
            .filter((x): x is string => x !== null)
            .sort()
            .pop() ?? null,
      },
    ]),
  );
}

export async function loadCustomer(db: Kysely<Database>, id: number): Promise<CustomerRecord> {
  const record = (await loadCustomers(db, [id])).get(id);
  if (!record) throw new AppError('CUSTOMER_NOT_FOUND', { id });
  return record;
}

export function customerView(
  record: CustomerRecord,
  actor: Actor | null,
  names: Map<number, string>,
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

export async function customerByPhone(db: Kysely<Database>, phone: string): Promise<CustomerRecord | null> {
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
  return loadCustomer(ctx.db, row.id as number);
}

/** N calendar months before `now`, as an instant. */
function monthsBefore(now: Date, months: number): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() - months);
  return d.toISOString();
}

export const customersHandlers = {
  'customers.search': async (input, ctx) => {
    const actor = requireActor(ctx);
    const records = await loadCustomers(ctx.db, await searchCustomerIds(ctx.db, input.query));
    const names = await staffNames(ctx.db);
    return [...records.values()]
      .filter((r) => !seesOwnOnly(actor) || r.ownerId === actor.id)
      .sort((a, b) => (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''))
      .map((r) => customerView(r, actor, names));
  },

  'customers.lookup': async (input, ctx) => {
    const actor = requireActor(ctx);
    const phone = normalizePhone(input.phone);
    if (!phone) return { phoneValid: false, customer: null };
    const record = await customerByPhone(ctx.db, phone);
    if (!record || (seesOwnOnly(actor) && record.ownerId !== actor.id)) {
      return { phoneValid: true, customer: null };
    }
    return { phoneValid: true, customer: customerView(record, actor, await staffNames(ctx.db)) };
  },

  'customers.anonymise': async (input, ctx) => {
    const before = monthsBefore(ctx.now, input.notSeenMonths);
    const stale = await sql<{ id: number }>`
      SELECT c.id FROM customers c
      WHERE c.anonymised_at IS NULL
        AND max(c.created_at,
                COALESCE((SELECT max(v.arrived_at) FROM visits v WHERE v.customer_id = c.id), ''),
                COALESCE((SELECT max(k.at) FROM calls k WHERE k.customer_id = c.id), '')) < ${before}
      ORDER BY c.id`.execute(ctx.db);
    for (const { id } of stale.rows) {
      await ctx.writer.update('customers', id, { name: ANONYMISED_NAME, phone: null, anonymised_at: ctx.at });
    }
    return { anonymised: stale.rows.length, before };
  },
} satisfies Partial<HandlersOf<'customers'>>;
