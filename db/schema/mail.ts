import type { Generated } from 'kysely';
import type { MailKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The owner-mail register 信报刊登记 (0006_handover). */
export interface MailTables {
  mail_items: MailItemsTable;
  mail_handouts: MailHandoutsTable;
}

export const MAIL_AUDITED = {
  mail_items: { key: 'id', appendOnly: true },
  mail_handouts: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<MailTables>;

export type { MailKind };

export interface MailItemsTable {
  id: Generated<number>;
  recipient: string;
  kind: MailKind;
  count: number;
  note: string | null;
  received_by: number;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface MailHandoutsTable {
  id: Generated<number>;
  mail_id: number;
  handed_to: string;
  by_id: number;
  at: string;
  business_date: string;
  audit_id: number;
}
