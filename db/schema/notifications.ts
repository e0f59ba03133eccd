import type { Generated } from 'kysely';
import type { NotificationSeverity } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The notification area and who has read what (0001). */
export interface NotificationsTables {
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
}

export const NOTIFICATIONS_AUDITED = {
  notifications: { key: 'id', appendOnly: true },
  notification_reads: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<NotificationsTables>;

export interface NotificationsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  kind: string;
  severity: NotificationSeverity;
  title_key: string;
  params: string;
  for_roles: string;
  audit_id: number;
}

export interface NotificationReadsTable {
  id: Generated<number>;
  notification_id: number;
  user_id: number;
  at: string;
  audit_id: number;
}
