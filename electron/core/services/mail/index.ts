import type { MailView } from '../../../../shared/contract/mail';
import { AppError } from '../../../../shared/domain/errors';
import { requireActor, type CallContext, type CallReader } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';

/**
 * The register of what waits at the desk for someone: owner mail 信、报、刊 (000:619) and items
 * a person left to be kept (寄存) or passed on (转交), each of those with its approval (000:615).
 * What waits is every entry without a hand-out; the handover checks it item by item.
 * `waitingMail` is what the handover service calls.
 */
export async function listMail(
  ctx: CallReader,
  filter: { ids?: number[]; waitingOnly?: boolean } = {},
): Promise<MailView[]> {
  const rows = await ctx.db
    .selectFrom('mail_items as m')
    .leftJoin('mail_handouts as h', 'h.mail_id', 'm.id')
    .leftJoin('mail_item_approvals as a', 'a.mail_id', 'm.id')
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
      'a.left_by',
      'a.approved_by',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('m.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.waitingOnly === true, (q) => q.where('h.id', 'is', null))
    .orderBy('m.recipient')
    .orderBy('m.id')
    .execute();
  const names = ctx.staffNames();
  const name = (id: number | null) => (id === null ? null : (names.get(id) ?? `#${id}`));
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    kind: r.kind,
    count: r.count,
    note: r.note,
    receivedBy: name(r.received_by)!,
    receivedAt: r.at,
    handedTo: r.handed_to,
    handedOutBy: name(r.by_id),
    handedOutAt: r.handed_at,
    leftBy: r.left_by,
    approvedBy: name(r.approved_by),
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

async function logArrival(
  ctx: CallContext,
  item: { recipient: string; kind: MailView['kind']; count: number; note: string | null },
): Promise<number> {
  const row = await ctx.writer.insert('mail_items', {
    ...item,
    received_by: requireActor(ctx).id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return row.id;
}

export const mailHandlers: HandlersOf<'mail'> = {
  'mail.list': (input, ctx) => listMail(ctx, { waitingOnly: !input.includeHandedOut }),

  'mail.receive': async (input, ctx) =>
    mailView(
      ctx,
      await logArrival(ctx, {
        recipient: input.recipient,
        kind: input.kind,
        count: input.count,
        note: input.note ?? null,
      }),
    ),

  // The router has checked the approver's PIN and role (the call's countersign) before this runs.
  'mail.leaveItem': async (input, ctx) => {
    const id = await logArrival(ctx, {
      recipient: input.recipient,
      kind: input.kind,
      count: input.count,
      note: input.description,
    });
    await ctx.writer.insert('mail_item_approvals', {
      mail_id: id,
      left_by: input.leftBy,
      approved_by: ctx.countersigner!.id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    return mailView(ctx, id);
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
