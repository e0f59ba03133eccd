import type { ReadCallContext } from '../../context';
import { viewerOf } from './visibility';

/**
 * The holds side of the visits → holds → deposits funnel (来人来电分析): hold requests,
 * approvals and deposits by the business date they happened on. The funnel is the 销控's, for
 * those who read it (000:721 rule 38): null to anyone else.
 */
export async function holdFunnel(
  ctx: ReadCallContext,
  from: string,
  to: string,
): Promise<{ holdsRequested: number; holdsApproved: number; deposits: number } | null> {
  if ((await viewerOf(ctx)).level !== 'full') return null;
  const rows = await ctx.db
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
