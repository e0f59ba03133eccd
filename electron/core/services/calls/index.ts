import type { Selectable, SelectQueryBuilder } from 'kysely';
import { selectRows } from '../../../../db/rows';
import type { CallsTable, Database } from '../../../../db/schema';
import type { CallView } from '../../../../shared/contract/calls';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import type { Actor, CallReader, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import {
  customerByPhone,
  customerView,
  findOrCreateCustomer,
  loadCustomers,
  phoneInput,
  seesOwnOnly,
} from '../customers/records';
import { findUser } from '../../auth/users';
import { isClosed } from '../../closedDateQueries';
import { dateOfInstant } from '../../closedDates';

/**
 * The call log (来电登记, SPEC §3; 004:233-255 "如果客户来过公司，则请曾接待他的业务员接听"): a
 * returning caller is handed to their owner consultant; an invitation to visit on a date shows on
 * that day's visitor list.
 */
type CallRow = Selectable<CallsTable>;

/** What a list of calls reads with: the call's raw reader too where there is one (a call's). */
type CallsReader = CallReader & Partial<Pick<ReadCallContext, 'raw'>>;

/**
 * A list's calls: as arrays on the call's raw reader where there is one (db/rows.ts; a day's 80
 * calls built as objects by the driver cost as much as the rest of the list), else as objects.
 */
function callRows(
  ctx: CallsReader,
  query: SelectQueryBuilder<Database, 'calls', CallRow>,
): Promise<CallRow[]> {
  return ctx.raw ? Promise.resolve(selectRows(ctx.raw, query)) : query.execute();
}

async function callViews(ctx: CallsReader, rows: CallRow[], actor: Actor | null): Promise<CallView[]> {
  const names = ctx.staffNames();
  const customers = await loadCustomers(
    ctx.db,
    rows.map((r) => r.customer_id),
    ctx.raw,
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    businessDate: r.business_date,
    customer: customerView(customers.get(r.customer_id)!, actor, names),
    channel: r.channel,
    returning: r.is_returning === 1,
    answeredById: r.answered_by,
    answeredBy: names.get(r.answered_by) ?? '',
    ownerId: r.owner_id,
    ownerName: r.owner_id === null ? null : (names.get(r.owner_id) ?? null),
    topic: r.topic,
    invitedFor: r.invited_for,
    recordedBy: names.get(r.recorded_by) ?? '',
  }));
}

function visibleTo(actor: Actor, views: CallView[]): CallView[] {
  if (!seesOwnOnly(actor)) return views;
  return views.filter((c) => c.answeredById === actor.id || c.customer.ownerId === actor.id);
}

/** The calls that invited someone to visit on `date`: shown on that day's visitor list. */
export async function invitedOn(ctx: ReadCallContext, date: string): Promise<CallView[]> {
  const rows = await callRows(
    ctx,
    ctx.db.selectFrom('calls').selectAll().where('invited_for', '=', date).orderBy('id'),
  );
  return visibleTo(requireActor(ctx), await callViews(ctx, rows, ctx.actor));
}

const callsOfDate = (ctx: CallReader, date: string) =>
  ctx.db.selectFrom('calls').selectAll().where('business_date', '=', date).orderBy('at').orderBy('id');

/** A business date's calls in time order, phones masked (no viewer: exports mask, SPEC §2). */
export async function callsOn(ctx: CallsReader, date: string): Promise<CallView[]> {
  const rows = await callRows(ctx, callsOfDate(ctx, date));
  return callViews(ctx, rows, null);
}

/** The calls of a date that `actor` may see (`calls.day`), in time order. */
async function visibleCallsOn(ctx: CallsReader, date: string, actor: Actor): Promise<CallView[]> {
  const rows = await callRows(ctx, callsOfDate(ctx, date));
  return visibleTo(actor, await callViews(ctx, rows, actor));
}

/** One line of a date's review (the guided close): when, who called, who answered. */
export interface CallReviewLine {
  at: string;
  customerName: string;
  answeredBy: string;
}

/**
 * A date's calls as the day close reviews them: the calls `calls.day` lists for `actor`, in the
 * same order, but only time, caller and answerer — one joined read instead of each call's full
 * view. A consultant who sees only their own calls needs each caller's owner: theirs is the
 * full list, filtered as `calls.day` filters it.
 */
export async function callsReviewOn(ctx: CallsReader, date: string, actor: Actor): Promise<CallReviewLine[]> {
  if (seesOwnOnly(actor)) {
    return (await visibleCallsOn(ctx, date, actor)).map((c) => ({
      at: c.at,
      customerName: c.customer.name,
      answeredBy: c.answeredBy,
    }));
  }
  const names = ctx.staffNames();
  const rows = await ctx.db
    .selectFrom('calls as k')
    .innerJoin('customers as c', 'c.id', 'k.customer_id')
    .select(['k.at', 'k.answered_by', 'c.name'])
    .where('k.business_date', '=', date)
    .orderBy('k.at')
    .orderBy('k.id')
    .execute();
  return rows.map((r) => ({ at: r.at, customerName: r.name, answeredBy: names.get(r.answered_by) ?? '' }));
}

export const callsHandlers: HandlersOf<'calls'> = {
  'calls.record': async (input, ctx) => {
    const actor = requireActor(ctx);
    const phone = phoneInput(input.phone);
    const at = input.at ?? ctx.at;
    if (at > ctx.at) throw new AppError('CALL_IN_FUTURE');
    // A call after the evening's close is dated into the next open date, like a sale.
    if (dateOfInstant(ctx, at) !== ctx.businessDate) {
      const callDate = businessDateOf(new Date(at), ctx.settings.dayCutoff);
      if (await isClosed(ctx.db, callDate)) throw new AppError('DAY_CLOSED', { date: callDate });
      throw new AppError('CALL_NOT_TODAY', { date: ctx.businessDate });
    }
    if (!ctx.settings.callChannels.includes(input.channel)) {
      throw new AppError('CALL_CHANNEL_UNKNOWN', { channel: input.channel });
    }
    if (input.invitedFor !== undefined && input.invitedFor < ctx.businessDate) {
      throw new AppError('INVITATION_IN_PAST');
    }
    if (input.answeredById !== undefined) {
      const answerer = await findUser(ctx.db, input.answeredById);
      if (!answerer || answerer.active !== 1)
        throw new AppError('ANSWERER_UNKNOWN', { id: input.answeredById });
    }
    const known = phone ? await customerByPhone(ctx.db, phone) : null;
    const customer = known ?? (await findOrCreateCustomer(ctx, input.callerName, phone));
    const ownerId = customer.ownerId;
    const row = await ctx.writer.insert('calls', {
      customer_id: customer.id,
      at,
      business_date: ctx.businessDate,
      channel: input.channel,
      is_returning: known && known.visits + known.calls > 0 ? 1 : 0,
      answered_by: input.answeredById ?? ownerId ?? actor.id,
      owner_id: ownerId,
      topic: input.topic ?? null,
      invited_for: input.invitedFor ?? null,
      recorded_at: ctx.at,
      recorded_by: actor.id,
    });
    const saved = await ctx.db
      .selectFrom('calls')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return (await callViews(ctx, [saved], actor))[0]!;
  },

  'calls.day': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    return { date, calls: await visibleCallsOn(ctx, date, requireActor(ctx)) };
  },
};

export const callsService: ServiceModule<'calls'> = {
  handlers: callsHandlers,
};
