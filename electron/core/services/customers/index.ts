import { sql } from 'kysely';
import { selectSql } from '../../../../db/access';
import { normalizePhone } from '../../../../shared/domain/phone';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { ownershipHandlers } from './ownership';
import { customerByPhone, customerView, loadCustomers, seesOwnOnly } from './records';
import { searchCustomerIds } from './search';

/** The name left in place of an erased one (the UI shows its own words for it). */
export const ANONYMISED_NAME = '已匿名';

/** N calendar months before `now`, as an instant. */
function monthsBefore(now: Date, months: number): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() - months);
  return d.toISOString();
}

/**
 * Customers (客户): found by phone or name, owned by the consultant who first received them
 * unless a manager decided a dispute otherwise (./ownership.ts), erased after a time unseen.
 */
export const customersHandlers: HandlersOf<'customers'> = {
  'customers.search': async (input, ctx) => {
    const actor = requireActor(ctx);
    const records = await loadCustomers(ctx.db, await searchCustomerIds(ctx.db, input.query));
    const names = ctx.staffNames();
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
    return { phoneValid: true, customer: customerView(record, actor, ctx.staffNames()) };
  },

  'customers.anonymise': async (input, ctx) => {
    const before = monthsBefore(ctx.now, input.notSeenMonths);
    const stale = await selectSql(
      ctx.db,
      sql<{ id: number }>`
      SELECT c.id FROM customers c
      WHERE c.anonymised_at IS NULL
        AND max(c.created_at,
                COALESCE((SELECT max(v.arrived_at) FROM visits v WHERE v.customer_id = c.id), ''),
                COALESCE((SELECT max(k.at) FROM calls k WHERE k.customer_id = c.id), '')) < ${before}
      ORDER BY c.id`,
    );
    for (const { id } of stale.rows) {
      await ctx.writer.update('customers', id, { name: ANONYMISED_NAME, phone: null, anonymised_at: ctx.at });
    }
    return { anonymised: stale.rows.length, before };
  },

  ...ownershipHandlers,
};

export const customersService: ServiceModule<'customers'> = {
  handlers: customersHandlers,
};
