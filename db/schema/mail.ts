import type { Generated } from 'kysely';
import type { MailKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The owner-mail register 信报刊登记 (0006_handover), with items left for someone and their approvals (0027). */
export type MailTables = LedgerTables<{
  mail_items: { id: Generated<number>; kind: MailKind };
  mail_handouts: { id: Generated<number> };
  mail_item_approvals: { id: Generated<number> };
}>;
