import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { analyseTallies, weekOf, type AnalysisTallies } from '../../../shared/domain/visitAnalysis';
import type { HandlersOf } from '../handler';
import { staffNames } from './customers';
import { holdFunnel } from './holds';

/**
 * An instant's quarter hour since the epoch: every instant of a UTC quarter hour has the same
 * local hour (time zones are whole quarter hours off UTC), so the local hour of the quarter's
 * first instant is the hour of each. Grouping by an integer is the cheapest grouping SQLite does.
 */
const quarterOf = (column: 'arrived_at' | 'at') => sql<number>`unixepoch(${sql.ref(column)}) / 900`;

const standIn = (r: { quarter: number; n: number }) => ({
  at: new Date(r.quarter * 900_000).toISOString(),
  count: Number(r.n),
});

/**
 * The analysis's counts over [from, to], each read with GROUP BY: a week is a thousand visits,
 * and counting in SQLite costs a fraction of reading the rows out.
 */
async function tallies(db: Kysely<Database>, from: string, to: string): Promise<AnalysisTallies> {
  const visits = db.selectFrom('visits').where('business_date', '>=', from).where('business_date', '<=', to);
  const calls = db.selectFrom('calls').where('business_date', '>=', from).where('business_date', '<=', to);
  const n = sql<number>`count(*)`;
  const visitDays = await visits
    .select(['business_date', 'is_returning', n.as('n'), sql<number>`sum(party_size)`.as('people')])
    .groupBy(['business_date', 'is_returning'])
    .execute();
  // first appearance: the channel's first visit by id, its first call by (date, id) as listed
  const visitChannels = await visits
    .select(['channel', n.as('n'), sql<number>`min(id)`.as('first')])
    .groupBy('channel')
    .orderBy('first')
    .execute();
  const consultants = await visits
    .select(['consultant_id', 'is_returning', n.as('n')])
    .groupBy(['consultant_id', 'is_returning'])
    .execute();
  const visitTimes = await visits
    .select([quarterOf('arrived_at').as('quarter'), n.as('n')])
    .groupBy('quarter')
    .execute();
  const callDays = await calls
    .select([
      'business_date',
      'is_returning',
      n.as('n'),
      sql<number>`sum(invited_for IS NOT NULL)`.as('invited'),
    ])
    .groupBy(['business_date', 'is_returning'])
    .execute();
  const callChannels = await calls
    .select(['channel', n.as('n'), sql<string>`min(printf('%s %012d', business_date, id))`.as('first')])
    .groupBy('channel')
    .orderBy('first')
    .execute();
  const callTimes = await calls
    .select([quarterOf('at').as('quarter'), n.as('n')])
    .groupBy('quarter')
    .execute();
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
  const names = await staffNames(db);
  return {
    visits: visitDays.map((r) => ({
      date: r.business_date,
      returning: r.is_returning === 1,
      count: Number(r.n),
      people: Number(r.people),
    })),
    visitChannels: visitChannels.map((r) => ({ channel: r.channel, count: Number(r.n) })),
    consultants: consultants.map((r) => ({
      consultantId: r.consultant_id,
      name: names.get(r.consultant_id) ?? '',
      returning: r.is_returning === 1,
      count: Number(r.n),
    })),
    visitTimes: visitTimes.map(standIn),
    calls: callDays.map((r) => ({
      date: r.business_date,
      returning: r.is_returning === 1,
      invited: Number(r.invited),
      count: Number(r.n),
    })),
    callChannels: callChannels.map((r) => ({ channel: r.channel, count: Number(r.n) })),
    callTimes: callTimes.map(standIn),
    outcomes: outcomes.flatMap((r) => (r.outcome ? [{ outcome: r.outcome, count: Number(r.n) }] : [])),
  };
}

/** 来人来电分析 over a day or its Monday–Sunday week; the arithmetic is shared/domain/visitAnalysis. */
export const analysisHandlers = {
  'visits.analysis': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    const { from, to } = input.period === 'week' ? weekOf(date) : { from: date, to: date };
    const analysis = analyseTallies(from, to, ctx.settings.visitChannels, await tallies(ctx.db, from, to));
    // The holds ledger counts its own events: this service does not read its tables.
    const holds = await holdFunnel(ctx.db, from, to);
    return { ...analysis, funnel: { visits: analysis.visits.total, ...holds } };
  },
} satisfies Partial<HandlersOf<'visits'>>;
