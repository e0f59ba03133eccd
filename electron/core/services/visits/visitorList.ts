import { selectRows } from '../../../../db/rows';
import { sql } from 'kysely';
import type { VisitView } from '../../../../shared/contract/visits';
import type { Actor, CallReader, ReadCallContext } from '../../context';
import { seesOwnOnly } from '../customers/records';
import { visibleVisitsOn, visitStates, visitViews } from './views';

export interface VisitorPageQuery {
  inOfficeOnly: boolean;
  limit: number;
  offset: number;
  /**
   * Earlier dates whose visitors still in the office belong on this list too: after the
   * evening's close, the closed date's parties that have not left yet.
   */
  carriedFrom: readonly string[];
}

export interface VisitorPage {
  visits: VisitView[];
  /** the visits the filter holds, over all pages */
  total: number;
  /** the parties of the date still in the office (no 'left' entry), whatever the filter */
  inOffice: number;
}

/** Newest arrival first: at the desk, the parties that just came in are the ones to act on. */
const newestFirst = (a: VisitView, b: VisitView) =>
  a.arrivedAt === b.arrivedAt ? b.id - a.id : a.arrivedAt < b.arrivedAt ? 1 : -1;

/**
 * One page of a date's visitor list (`visits.day`), with the parties still in the office from
 * `carriedFrom`. The desk sees every visit of the date: the page is cut in SQL and only its
 * visits become full views (their later entries, the customer's owner and counts) — a busy day's
 * 150 views cost a few milliseconds, a page of them a fraction of that. A consultant without a desk
 * role sees the visitors they received and the customers they own; which customers those are is
 * derived per visit, so theirs — a short list — is built whole and cut afterwards.
 */
export async function visitorPage(
  ctx: CallReader & Pick<ReadCallContext, 'raw'>,
  date: string,
  actor: Actor,
  query: VisitorPageQuery,
): Promise<VisitorPage> {
  const { db } = ctx;
  if (seesOwnOnly(actor)) {
    const carried: VisitView[] = [];
    for (const earlier of query.carriedFrom) {
      carried.push(...(await visibleVisitsOn(ctx, earlier, actor)).filter((v) => v.leftAt === null));
    }
    const visible = [...(await visibleVisitsOn(ctx, date, actor)), ...carried].sort(newestFirst);
    const filtered = query.inOfficeOnly ? visible.filter((v) => v.leftAt === null) : visible;
    return {
      visits: filtered.slice(query.offset, query.offset + query.limit),
      total: filtered.length,
      inOffice: visible.filter((v) => v.leftAt === null).length,
    };
  }
  const stillIn = sql<boolean>`NOT EXISTS (SELECT 1 FROM visit_updates u
    WHERE u.visit_id = visits.id AND u.kind = 'left')`;
  const onList =
    query.carriedFrom.length === 0
      ? sql<boolean>`business_date = ${date}`
      : sql<boolean>`(business_date = ${date}
          OR (business_date IN (SELECT value FROM json_each(${JSON.stringify(query.carriedFrom)}))
              AND ${stillIn}))`;
  const counts = await db
    .selectFrom('visits')
    .select([sql<number>`count(*)`.as('total'), sql<number>`coalesce(sum(${stillIn}), 0)`.as('inOffice')])
    .where(onList)
    .executeTakeFirstOrThrow();
  // a page of visits: read as arrays (db/rows.ts)
  const rows = selectRows(
    ctx.raw,
    db
      .selectFrom('visits')
      .selectAll()
      .where(onList)
      .$if(query.inOfficeOnly, (q) => q.where(stillIn))
      .orderBy('arrived_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset),
  );
  return {
    visits: await visitViews(ctx, await visitStates(db, rows), actor),
    total: query.inOfficeOnly ? Number(counts.inOffice) : Number(counts.total),
    inOffice: Number(counts.inOffice),
  };
}
