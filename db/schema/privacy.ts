import type { Generated } from 'kysely';
import type { MessageVia } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Messages for colleagues who are out (0039_messages) and the disclosure register (0040). */
export type PrivacyTables = LedgerTables<{
  messages: { id: Generated<number>; via: MessageVia };
  message_replies: { id: Generated<number> };
  message_overdue_notices: { id: Generated<number> };
  phone_disclosures: { id: Generated<number> };
}>;
