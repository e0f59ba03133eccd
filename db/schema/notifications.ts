import type { Generated } from 'kysely';
import type { NotificationSeverity } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The notification area and who has read what (0001). */
export type NotificationsTables = LedgerTables<{
  notifications: { id: Generated<number>; severity: NotificationSeverity };
  notification_reads: { id: Generated<number> };
}>;
