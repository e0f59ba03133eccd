import type { MailView } from '../../../../shared/contract/mail';
import { AppError } from '../../../../shared/domain/errors';
import { requireActor, type CallReader } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';

/**
 * The owner-mail register 信、报、刊 (000:617): what arrived for whom and when it was handed out.
 * Mail waiting at the desk is every arrival without a hand-out; the handover checks it by
 * recipient, item by item. `waitingMail` is what the handover service calls.
 */
export async function listMail(
  ctx: CallReader,
  filter: { ids?: number[]; waitingOnly?: boolean } = {},
): Promise<MailView[]> {
  const rows = await ctx.db
    .selectFrom('mail_items as m')
    .leftJoin('mail_handouts as h', 'h.mail_id', 'm.id')
    .select([
      'm.id',
      'm.recipient',
      'm.kind',
      'm.count',
      'm.note',
      'm.received_by',
      'm.at',
      'h.handed_to',
      'h.by_id',
      'h.at as handed_at',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('m.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.waitingOnly === true, (q) => q.where('h.id', 'is', null))
    .orderBy('m.recipient')
    .orderBy('m.id')
    .execute();
  const names = ctx.staffNames();
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    kind: r.kind,
    count: r.count,
    note: r.note,
    receivedBy: names.get(r.received_by) ?? `#${r.received_by}`,
    receivedAt: r.at,
    handedTo: r.handed_to,
    handedOutBy: r.by_id === null ? null : (names.get(r.by_id) ?? `#${r.by_id}`),
    handedOutAt: r.handed_at,
  }));
}

export function waitingMail(ctx: CallReader): Promise<MailView[]> {
  return listMail(ctx, { waitingOnly: true });
}

async function mailView(ctx: CallReader, id: number): Promise<MailView> {
  const [view] = await listMail(ctx, { ids: [id] });
  if (!view) throw new AppError('MAIL_NOT_FOUND', { id });
  return view;
}

export const mailHandlers: HandlersOf<'mail'> = {
  'mail.list': (input, ctx) => listMail(ctx, { waitingOnly: !input.includeHandedOut }),

  'mail.receive': async (input, ctx) => {
    const row = await ctx.writer.insert('mail_items', {
      recipient: input.recipient,
      kind: input.kind,
      count: input.count,
      note: input.note ?? null,
      received_by: requireActor(ctx).id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    return mailView(ctx, row.id);
  },

  'mail.handOut': async (input, ctx) => {
    const mail = await mailView(ctx, input.mailId);
    if (mail.handedOutAt !== null) {
      throw new AppError('MAIL_ALREADY_HANDED_OUT', { name: mail.handedTo ?? '', at: mail.handedOutAt });
    }
    await ctx.writer.insert('mail_handouts', {
      mail_id: input.mailId,
      handed_to: input.handedTo,
      by_id: requireActor(ctx).id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    return mailView(ctx, input.mailId);
  },
};

export const mailService: ServiceModule<'mail'> = {
  handlers: mailHandlers,
};
