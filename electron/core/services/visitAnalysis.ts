import { analyseVisits, weekOf } from '../../../shared/domain/visitAnalysis';
import type { HandlersOf } from '../handler';
import { staffNames } from './customers';
import { holdFunnel } from './holds';
import { visitStates } from './visitViews';

/** 来人来电分析 over a day or its Monday–Sunday week; the arithmetic is shared/domain/visitAnalysis. */
export const analysisHandlers = {
  'visits.analysis': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    const { from, to } = input.period === 'week' ? weekOf(date) : { from: date, to: date };
    const visitRows = await ctx.db
      .selectFrom('visits')
      .selectAll()
      .where('business_date', '>=', from)
      .where('business_date', '<=', to)
      .orderBy('id')
      .execute();
    const states = await visitStates(ctx.db, visitRows);
    const callRows = await ctx.db
      .selectFrom('calls')
      .select(['at', 'business_date', 'is_returning', 'channel', 'invited_for'])
      .where('business_date', '>=', from)
      .where('business_date', '<=', to)
      .execute();
    const names = await staffNames(ctx.db);
    const analysis = analyseVisits({
      from,
      to,
      channels: ctx.settings.visitChannels,
      visits: states.map(({ row, outcome }) => ({
        arrivedAt: row.arrived_at,
        businessDate: row.business_date,
        returning: row.is_returning === 1,
        channel: row.channel,
        consultantId: row.consultant_id,
        consultantName: names.get(row.consultant_id) ?? '',
        partySize: row.party_size,
        outcome: outcome?.value ?? null,
      })),
      calls: callRows.map((c) => ({
        at: c.at,
        businessDate: c.business_date,
        returning: c.is_returning === 1,
        channel: c.channel,
        invited: c.invited_for !== null,
      })),
    });
    // The holds ledger counts its own events: this service does not read its tables.
    const holds = await holdFunnel(ctx.db, from, to);
    return { ...analysis, funnel: { visits: analysis.visits.total, ...holds } };
  },
} satisfies Partial<HandlersOf<'visits'>>;
