import { SYNC_ALARM_STATES, type SyncState } from '../../../../shared/domain/vocab';
import type { CallContext } from '../../context';
import { postNotification } from '../../notifications';
import type { SyncReport } from '../../sync/run';

/**
 * When HQ refused the ledger — a fork, a ledger behind HQ's copy, entries that failed
 * verification at HQ or here, or a login HQ does not take — the administrator and the manager are
 * told, once per refusal (its kind and the entry it names), whichever process saw it first: the
 * desk's own run, or `desk sync`. The sync stays stopped until people look.
 */
const NOTIFIED_STATES = [...SYNC_ALARM_STATES, 'refused'] as const satisfies readonly SyncState[];
type NotifiedState = (typeof NOTIFIED_STATES)[number];

const TITLE_KEYS: Record<NotifiedState, string> = {
  fork: 'hqSyncFork',
  behind: 'hqSyncBehind',
  invalid: 'hqSyncInvalid',
  damaged: 'hqSyncDamaged',
  refused: 'hqSyncRefused',
};

function isNotified(state: SyncState): state is NotifiedState {
  return (NOTIFIED_STATES as readonly string[]).includes(state);
}

export async function noteRefusal(ctx: CallContext, report: SyncReport | null): Promise<boolean> {
  if (!report || !isNotified(report.state)) return false;
  const key = `${report.officeId ?? '-'}:${report.state}:${report.problemSeq ?? 0}`;
  const seen = await ctx.db.selectFrom('sync_notices').select('id').where('key', '=', key).executeTakeFirst();
  if (seen) return false;
  const notificationId = await postNotification(ctx, {
    kind: 'hq_sync',
    severity: report.state === 'refused' ? 'warning' : 'critical',
    titleKey: TITLE_KEYS[report.state],
    params: { seq: report.problemSeq ?? 0, local: report.localSeq },
    forRoles: ['admin', 'manager'],
  });
  await ctx.writer.insert('sync_notices', {
    key,
    notification_id: notificationId,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return true;
}
