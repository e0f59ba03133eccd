import { AppError } from '../../../../shared/domain/errors';
import { localTime } from '../../clock';
import { requireActor, type CallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { postNotification } from '../../notifications';
import { phoneInput } from '../customers/records';
import { loadActor } from '../users';
import { listMessages, messageView } from './list';

/**
 * 留言 (000:683): messages for colleagues who are out. Offers the others `openMessages` (the
 * handover and the close's review list the ones not yet called back).
 */
export { openMessages } from './list';

const MANAGERS = ['manager', 'deputy'] as const;

async function flagOverdue(ctx: CallContext): Promise<number> {
  const due = await ctx.db
    .selectFrom('messages as m')
    .leftJoin('message_replies as r', 'r.message_id', 'm.id')
    .leftJoin('message_overdue_notices as n', 'n.message_id', 'm.id')
    .select(['m.id', 'm.for_user_id', 'm.caller_name', 'm.about', 'm.call_back_by'])
    .where('r.id', 'is', null)
    .where('n.id', 'is', null)
    .where('m.call_back_by', '<=', ctx.at)
    .orderBy('m.id')
    .execute();
  for (const m of due) {
    await ctx.writer.insert('message_overdue_notices', {
      message_id: m.id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    await postNotification(ctx, {
      kind: 'message_overdue',
      severity: 'warning',
      titleKey: 'messageOverdue',
      params: { caller: m.caller_name, about: m.about, by: localTime(m.call_back_by) },
      forRoles: [],
      forUsers: [m.for_user_id],
    });
  }
  return due.length;
}

export const messagesHandlers: HandlersOf<'messages'> = {
  'messages.leave': async (input, ctx) => {
    const recipient = await loadActor(ctx.db, input.forUserId);
    if (!recipient) throw new AppError('MESSAGE_RECIPIENT_UNKNOWN', { id: input.forUserId });
    if (input.callBackBy <= ctx.at) throw new AppError('MESSAGE_CALL_BACK_PAST', { now: localTime(ctx.at) });
    const phone = phoneInput(input.phone);
    const row = await ctx.writer.insert('messages', {
      for_user_id: recipient.id,
      via: input.via,
      caller_name: input.callerName,
      caller_phone: phone,
      about: input.about,
      call_back_by: new Date(input.callBackBy).toISOString(),
      taken_by: requireActor(ctx).id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    await postNotification(ctx, {
      kind: 'message_left',
      severity: 'info',
      titleKey: input.via === 'call' ? 'messageLeftCall' : 'messageLeftVisit',
      params: { caller: input.callerName, about: input.about, by: localTime(input.callBackBy) },
      forRoles: [],
      forUsers: [recipient.id],
    });
    return messageView(ctx, row.id);
  },

  'messages.mine': (_input, ctx) => listMessages(ctx, { forUserId: requireActor(ctx).id, doneLimit: 30 }),

  'messages.open': (_input, ctx) => listMessages(ctx, { openOnly: true }),

  'messages.markDone': async (input, ctx) => {
    const actor = requireActor(ctx);
    const message = await messageView(ctx, input.messageId);
    if (message.forUserId !== actor.id && !MANAGERS.some((r) => actor.roles.includes(r))) {
      throw new AppError('MESSAGE_NOT_YOURS', { id: message.id });
    }
    if (message.done)
      throw new AppError('MESSAGE_ALREADY_DONE', { name: message.done.by, at: localTime(message.done.at) });
    const calledBackAt = input.calledBackAt ? new Date(input.calledBackAt).toISOString() : ctx.at;
    if (calledBackAt > ctx.at || calledBackAt < message.at) {
      throw new AppError('MESSAGE_CALLED_BACK_OUTSIDE', {
        from: localTime(message.at),
        to: localTime(ctx.at),
      });
    }
    await ctx.writer.insert('message_replies', {
      message_id: message.id,
      outcome: input.outcome,
      called_back_at: calledBackAt,
      by_id: actor.id,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    return messageView(ctx, message.id);
  },

  'messages.flagOverdue': async (_input, ctx) => ({ flagged: await flagOverdue(ctx) }),
};

export const messagesService: ServiceModule<'messages'> = {
  handlers: messagesHandlers,
  jobs: [
    { everyMs: BACKGROUND_JOB_MS, run: async ({ call }) => void (await call('messages.flagOverdue', {})) },
  ],
};
