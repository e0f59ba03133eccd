import { sql } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import {
  analyseTallies,
  hoursOfQuarters,
  weekOf,
  type AnalysisTallies,
} from '../../../../shared/domain/visitAnalysis';
import type { HandlersOf } from '../../handler';
import { holdFunnel } from '../holds/funnel';

/**
 * The analysis's counts over [from, to], read from the tallies the database keeps per business
 * date (0015): a week is a few hundred small rows where its visits and calls are a thousand and
 * more. A channel's first appearance is its first visit by id, its first call by (date, id), as
 * the calls are listed; each quarter hour's local hour is taken by hoursOfQuarters.
 */
async function tallies(
  db: ReadableDB,
  from: string,
  to: string,
  names: ReadonlyMap<number, string>,
): Promise<AnalysisTallies> {
  const inRange = sql<boolean>`business_date BETWEEN ${from} AND ${to}`;
  const visitDays = await db
    .selectFrom('visit_tallies_by_kind')
    .where(inRange)
    .select(['business_date', 'is_returning', 'visits', 'people'])
    .execute();
  const visitChannels = await db
    .selectFrom('visit_tallies_by_channel')
    .where(inRange)
    .select(['channel', sql<number>`sum(visits)`.as('n'), sql<number>`min(first_id)`.as('first')])
    .groupBy('channel')
    .orderBy('first')
    .execute();
  const consultants = await db
    .selectFrom('visit_tallies_by_consultant')
    .where(inRange)
    .select(['consultant_id', 'is_returning', sql<number>`sum(visits)`.as('n')])
    .groupBy(['consultant_id', 'is_returning'])
    .execute();
  const visitQuarters = await db
    .selectFrom('visit_tallies_by_quarter')
    .where(inRange)
    .select(['quarter', 'visits as count'])
    .execute();
  const callDays = await db
    .selectFrom('call_tallies_by_kind')
    .where(inRange)
    .select(['business_date', 'is_returning', 'calls', 'invited'])
    .execute();
  const callChannels = await db
    .selectFrom('call_tallies_by_channel')
    .where(inRange)
    .select([
      'channel',
      sql<number>`sum(calls)`.as('n'),
      sql<string>`min(printf('%s %012d', business_date, first_id))`.as('first'),
    ])
    .groupBy('channel')
    .orderBy('first')
    .execute();
  const callQuarters = await db
    .selectFrom('call_tallies_by_quarter')
    .where(inRange)
    .select(['quarter', 'calls as count'])
    .execute();
  const n = sql<number>`count(*)`;
  // A visit's outcome is its latest outcome entry; outcomes in the order of their first visit.
  const outcomes = await db
    .selectFrom('visits as v')
    .innerJoin('visit_updates as u', 'u.visit_id', 'v.id')
    .where('v.business_date', '>=', from)
    .where('v.business_date', '<=', to)
    .where('u.kind', '=', 'outcome')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('visit_updates as later')
            .select('later.id')
            .whereRef('later.visit_id', '=', 'u.visit_id')
            .where('later.kind', '=', 'outcome')
            .whereRef('later.id', '>', 'u.id'),
        ),
      ),
    )
    .select(['u.outcome', n.as('n'), sql<number>`min(v.id)`.as('first')])
    .groupBy('u.outcome')
    .orderBy('first')
    .execute();
  return {
    visits: visitDays.map((r) => ({
      date: r.business_date,
      returning: r.is_returning === 1,
      count: r.visits,
      people: r.people,
    })),
    visitChannels: visitChannels.map((r) => ({ channel: r.channel, count: Number(r.n) })),
    consultants: consultants.map((r) => ({
      consultantId: r.consultant_id,
      name: names.get(r.consultant_id) ?? '',
      returning: r.is_returning === 1,
      count: Number(r.n),
    })),
    visitHours: hoursOfQuarters(visitQuarters),
    calls: callDays.map((r) => ({
      date: r.business_date,
      returning: r.is_returning === 1,
      invited: r.invited,
      count: r.calls,
    })),
    callChannels: callChannels.map((r) => ({ channel: r.channel, count: Number(r.n) })),
    callHours: hoursOfQuarters(callQuarters),
    outcomes: outcomes.flatMap((r) => (r.outcome ? [{ outcome: r.outcome, count: Number(r.n) }] : [])),
  };
}

/** 来人来电分析 over a day or its Monday–Sunday week; the arithmetic is shared/domain/visitAnalysis. */
export const analysisHandlers = {
  'visits.analysis': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    const { from, to } = input.period === 'week' ? weekOf(date) : { from: date, to: date };
    const analysis = analyseTallies(
      from,
      to,
      ctx.settings.visitChannels,
      await tallies(ctx.db, from, to, ctx.staffNames()),
    );
    // The holds ledger counts its own events (for those who may read the 销控 only).
    const holds = await holdFunnel(ctx, from, to);
    return { ...analysis, funnel: holds && { visits: analysis.visits.total, ...holds } };
  },
} satisfies Partial<HandlersOf<'visits'>>;
