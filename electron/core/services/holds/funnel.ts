import type { ReadableDB } from '../../../../db/access';

/**
 * The holds side of the visits → holds → deposits funnel (来人来电分析): hold requests,
 * approvals and deposits by the business date they happened on.
 */
export async function holdFunnel(
  db: ReadableDB,
  from: string,
  to: string,
): Promise<{ holdsRequested: number; holdsApproved: number; deposits: number }> {
  const rows = await db
    .selectFrom('hold_events')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .where('kind', 'in', ['requested', 'approved', 'deposit'])
    .groupBy('kind')
    .execute();
  const n = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { holdsRequested: n('requested'), holdsApproved: n('approved'), deposits: n('deposit') };
}
