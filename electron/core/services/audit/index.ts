import type { HandlersOf, ServiceModule } from '../../handler';
import { verifyLedger } from '../../audit/verify';

export const auditHandlers: HandlersOf<'audit'> = {
  'audit.list': async (input, ctx) => {
    const rows = await ctx.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select([
        'a.id',
        'a.at',
        'a.business_date',
        'a.actor_id',
        'u.name as actor_name',
        'a.countersigned_by',
        'a.channel',
        'a.outcome',
        'a.summary',
      ])
      .$if(input.beforeId !== undefined, (q) => q.where('a.id', '<', input.beforeId!))
      .$if(input.businessDate !== undefined, (q) => q.where('a.business_date', '=', input.businessDate!))
      .$if(input.channelPrefix !== undefined, (q) =>
        q.where('a.channel', 'like', `${input.channelPrefix!.replace(/[%_]/g, '')}%`),
      )
      .orderBy('a.id', 'desc')
      .limit(input.limit + 1)
      .execute();
    return {
      hasMore: rows.length > input.limit,
      entries: rows.slice(0, input.limit).map((r) => ({
        id: r.id,
        at: r.at,
        businessDate: r.business_date,
        actorId: r.actor_id,
        actorName: r.actor_name,
        countersignedBy: r.countersigned_by,
        channel: r.channel,
        outcome: r.outcome,
        summary: r.summary,
      })),
    };
  },

  'audit.verify': (_input, ctx) => verifyLedger(ctx.raw),
};

export const auditService: ServiceModule<'audit'> = {
  handlers: auditHandlers,
};
