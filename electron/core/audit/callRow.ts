import type { CallContext } from '../context';
import type { AuditFields } from './chain';

/** What a call's audit row says of it, as the call stands now. */
export function auditFields(
  ctx: CallContext,
  channel: string,
  summary: string,
  errorCode: string | null,
): AuditFields {
  return {
    id: ctx.writer.auditId,
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: ctx.actor?.id ?? null,
    countersigned_by: ctx.countersigner?.id ?? null,
    channel,
    outcome: errorCode === null ? 'ok' : 'refused',
    error_code: errorCode,
    summary,
    writes: JSON.stringify(ctx.writer.writes),
  };
}
