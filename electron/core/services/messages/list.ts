import type { MessageView } from '../../../../shared/contract/messages';
import { AppError } from '../../../../shared/domain/errors';
import { maskPhone } from '../../../../shared/domain/phone';
import type { Actor, ReadCallContext } from '../../context';

export interface MessageFilter {
  ids?: number[];
  forUserId?: number;
  openOnly?: boolean;
  /** Done messages to include after the open ones (a person's own list). */
  doneLimit?: number;
}

/** The caller's number is for calling back: full to whom it is for, who took it and the managers. */
function maySeeCallerPhone(viewer: Actor | null, forUserId: number, takenBy: number): boolean {
  if (!viewer) return false;
  if (viewer.id === forUserId || viewer.id === takenBy) return true;
  return viewer.roles.includes('manager') || viewer.roles.includes('deputy');
}

/** Messages as the viewer may see them: open ones first (overdue first, then by call-back time). */
export async function listMessages(ctx: ReadCallContext, filter: MessageFilter = {}): Promise<MessageView[]> {
  const rows = await ctx.db
    .selectFrom('messages as m')
    .leftJoin('message_replies as r', 'r.message_id', 'm.id')
    .select([
      'm.id',
      'm.for_user_id',
      'm.via',
      'm.caller_name',
      'm.caller_phone',
      'm.about',
      'm.call_back_by',
      'm.taken_by',
      'm.at',
      'm.business_date',
      'r.outcome',
      'r.called_back_at',
      'r.by_id',
      'r.at as done_at',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('m.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.forUserId !== undefined, (q) => q.where('m.for_user_id', '=', filter.forUserId!))
    .$if(filter.openOnly === true, (q) => q.where('r.id', 'is', null))
    .orderBy('m.id', 'desc')
    .execute();
  const names = ctx.staffNames();
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const views: MessageView[] = rows.map((r) => {
    const done =
      r.done_at === null || r.by_id === null
        ? null
        : {
            outcome: r.outcome ?? '',
            calledBackAt: r.called_back_at ?? r.done_at,
            by: name(r.by_id),
            at: r.done_at,
          };
    const phone = r.caller_phone;
    return {
      id: r.id,
      forUserId: r.for_user_id,
      forName: name(r.for_user_id),
      via: r.via,
      callerName: r.caller_name,
      callerPhone:
        phone === null
          ? null
          : maySeeCallerPhone(ctx.actor, r.for_user_id, r.taken_by)
            ? phone
            : maskPhone(phone),
      about: r.about,
      callBackBy: r.call_back_by,
      takenBy: name(r.taken_by),
      at: r.at,
      businessDate: r.business_date,
      overdue: done === null && r.call_back_by <= ctx.at,
      done,
    };
  });
  const open = views
    .filter((v) => v.done === null)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.callBackBy.localeCompare(b.callBackBy));
  const done = views.filter((v) => v.done !== null);
  return [...open, ...(filter.doneLimit === undefined ? done : done.slice(0, filter.doneLimit))];
}

export async function messageView(ctx: ReadCallContext, id: number): Promise<MessageView> {
  const [view] = await listMessages(ctx, { ids: [id] });
  if (!view) throw new AppError('MESSAGE_NOT_FOUND', { id });
  return view;
}

/** What the handover and the close's review list: every message not yet called back. */
export function openMessages(ctx: ReadCallContext): Promise<MessageView[]> {
  return listMessages(ctx, { openOnly: true });
}
