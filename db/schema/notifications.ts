import type { Generated } from 'kysely';
import type { NotificationSeverity } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The notification area, who has read what (0001), and the people a notification is addressed to (0020). */
export type NotificationsTables = LedgerTables<{
  notifications: { id: Generated<number>; severity: NotificationSeverity };
  notification_reads: { id: Generated<number> };
  notification_recipients: { id: Generated<number> };
}>;
