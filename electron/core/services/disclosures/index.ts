import type { DisclosureView } from '../../../../shared/contract/disclosures';
import { AppError } from '../../../../shared/domain/errors';
import { maskPhone } from '../../../../shared/domain/phone';
import { requireActor, type ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { loadCustomer, loadCustomers } from '../customers/records';

/**
 * The disclosure register (000:613). The number is answered to this one call only; the page shows
 * it in the view that asked and forgets it, so each further look is another approved, recorded
 * disclosure.
 */
async function register(ctx: ReadCallContext, from?: string, to?: string): Promise<DisclosureView[]> {
  const rows = await ctx.db
    .selectFrom('phone_disclosures')
    .selectAll()
    .$if(from !== undefined, (q) => q.where('business_date', '>=', from!))
    .$if(to !== undefined, (q) => q.where('business_date', '<=', to!))
    .orderBy('id', 'desc')
    .limit(2000)
    .execute();
  const customers = await loadCustomers(
    ctx.db,
    rows.map((r) => r.customer_id),
  );
  const names = ctx.staffNames();
  const name = (id: number) => names.get(id) ?? `#${id}`;
  return rows.map((r) => {
    const customer = customers.get(r.customer_id);
    return {
      id: r.id,
      at: r.at,
      businessDate: r.business_date,
      customerId: r.customer_id,
      customerName: customer?.name ?? `#${r.customer_id}`,
      phoneMasked: customer?.phone ? maskPhone(customer.phone) : '',
      viewerName: name(r.viewer_id),
      reason: r.reason,
      approvedBy: name(r.approved_by),
    };
  });
}

export const disclosuresHandlers: HandlersOf<'disclosures'> = {
  'disclosures.reveal': async (input, ctx) => {
    const customer = await loadCustomer(ctx.db, input.customerId);
    if (customer.phone === null || customer.anonymised) throw new AppError('DISCLOSURE_NO_PHONE', {});
    const approver = ctx.countersigner;
    if (!approver) throw new Error('disclosures.reveal needs the countersign the router checks');
    await ctx.writer.insert('phone_disclosures', {
      customer_id: customer.id,
      viewer_id: requireActor(ctx).id,
      approved_by: approver.id,
      reason: input.reason,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    return { customerId: customer.id, phone: customer.phone };
  },

  'disclosures.register': (input, ctx) => register(ctx, input.from, input.to),
};

export const disclosuresService: ServiceModule<'disclosures'> = {
  handlers: disclosuresHandlers,
};
