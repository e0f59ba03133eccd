import type { Generated } from 'kysely';
import type { NotificationResolution, NotificationSeverity } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The notification area, who has read what (0001), and the people a notification is addressed to (0020),
 * and the ones resolved (0045). */
export type NotificationsTables = LedgerTables<{
  notifications: { id: Generated<number>; severity: NotificationSeverity };
  notification_reads: { id: Generated<number> };
  notification_recipients: { id: Generated<number> };
  notification_resolutions: { id: Generated<number>; reason: NotificationResolution };
}>;
