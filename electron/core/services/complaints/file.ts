import type { ParsedInputOf } from '../../../../shared/contract';
import { DAY_MS, complaintNo, defaultDues } from '../../../../shared/domain/complaints';
import { AppError } from '../../../../shared/domain/errors';
import { findUser } from '../../auth/users';
import { requireActor, type CallContext } from '../../context';
import { postNotification } from '../../notifications';
import { findOrCreateCustomer, loadCustomer, phoneInput } from '../customers/records';
import { loadActor } from '../users';
import { SUPERVISORS } from './access';
import { loadComplaint, type ComplaintRecord } from './records';
import { instant } from './time';

type FileInput = ParsedInputOf<'complaints.file'>;

/** The customer on the card: the record picked, or the one the phone belongs to, or a new one. */
async function customerOf(ctx: CallContext, customer: FileInput['customer']): Promise<number> {
  if (customer.kind === 'record') return (await loadCustomer(ctx.db, customer.customerId)).id;
  const phone = phoneInput(customer.phone);
  return (await findOrCreateCustomer(ctx, customer.name, phone)).id;
}

/**
 * Files the card 客户投诉记录卡 (000:161): numbered in the business date's year, one more than
 * the year's last (the ledger refuses any other number, so two desks filing at once cannot share
 * or skip one); its due times run from the moment it was received, by the settings; the managers
 * are told at once, since the first reply is due within hours.
 */
export async function fileComplaint(ctx: CallContext, input: FileInput): Promise<ComplaintRecord> {
  const actor = requireActor(ctx);
  const receivedAt = instant(input.receivedAt ?? ctx.at);
  if (receivedAt > ctx.at) throw new AppError('COMPLAINT_RECEIVED_IN_FUTURE');
  const days = ctx.settings.complaintLimitDays;
  if (receivedAt < new Date(ctx.now.getTime() - days * DAY_MS).toISOString()) {
    throw new AppError('COMPLAINT_RECEIVED_TOO_EARLY', { days });
  }
  const receivedBy = input.receivedById ?? actor.id;
  if (!(await loadActor(ctx.db, receivedBy)))
    throw new AppError('COMPLAINT_PERSON_UNKNOWN', { id: receivedBy });
  const about = input.about;
  if (about.target === 'staff' && !(await findUser(ctx.db, about.userId))) {
    throw new AppError('COMPLAINT_PERSON_UNKNOWN', { id: about.userId });
  }
  const customerId = await customerOf(ctx, input.customer);

  const year = Number(ctx.businessDate.slice(0, 4));
  const last = await ctx.db
    .selectFrom('complaints')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('year', '=', year)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const dues = defaultDues(receivedAt, ctx.settings);
  const row = await ctx.writer.insert('complaints', {
    year,
    seq,
    received_at: receivedAt,
    received_by: receivedBy,
    channel: input.channel,
    customer_id: customerId,
    kind: input.kind,
    target: about.target,
    subject_user_id: about.target === 'staff' ? about.userId : null,
    department: about.target === 'department' ? about.department : null,
    subject_note: input.subjectNote ?? null,
    description: input.description,
    request: input.request,
    urgency: input.urgency,
    reply_due: dues.replyDue,
    handle_due: dues.handleDue,
    limit_due: dues.limitDue,
    at: ctx.at,
    business_date: ctx.businessDate,
    filed_by: actor.id,
  });
  await postNotification(ctx, {
    kind: 'complaint_filed',
    severity: input.urgency === 'normal' ? 'info' : 'warning',
    titleKey: 'complaint.filed',
    params: { no: complaintNo(year, seq), by: actor.name },
    forRoles: [...SUPERVISORS],
  });
  return loadComplaint(ctx.db, row.id);
}
