/**
 * Row types of the ledger, as Kysely sees them: one file per namespace in db/schema/, each with
 * its tables and the ones of them that are audited, put together here. Columns mirror
 * db/migrations; db/schema.check.ts holds these types to the migrated ledger.
 */
import type { AuditedTablesOf, AuditTables } from './schema/audit';
import { CALLS_AUDITED, type CallsTables } from './schema/calls';
import { CASH_AUDITED, type CashTables } from './schema/cash';
import { CUSTOMERS_AUDITED, type CustomersTables } from './schema/customers';
import { DAY_CLOSE_AUDITED, type DayCloseTables } from './schema/dayclose';
import { HANDOVER_AUDITED, type HandoverTables } from './schema/handover';
import { HOLDS_AUDITED, type HoldsTables } from './schema/holds';
import { KEYS_AUDITED, type KeysTables } from './schema/keys';
import { MAIL_AUDITED, type MailTables } from './schema/mail';
import { NOTIFICATIONS_AUDITED, type NotificationsTables } from './schema/notifications';
import { ROTATION_AUDITED, type RotationTables } from './schema/rotation';
import { SETTINGS_AUDITED, type SettingsTables } from './schema/settings';
import { TICKETS_AUDITED, type TicketsTables } from './schema/tickets';
import { UNITS_AUDITED, type UnitsTables } from './schema/units';
import { USERS_AUDITED, type UsersTables } from './schema/users';
import { VISITS_AUDITED, type VisitsTables } from './schema/visits';

export type * from './schema/audit';
export type * from './schema/calls';
export type * from './schema/cash';
export type * from './schema/customers';
export type * from './schema/dayclose';
export type * from './schema/handover';
export type * from './schema/holds';
export type * from './schema/keys';
export type * from './schema/mail';
export type * from './schema/notifications';
export type * from './schema/rotation';
export type * from './schema/settings';
export type * from './schema/tickets';
export type * from './schema/units';
export type * from './schema/users';
export type * from './schema/visits';

export interface Database
  extends
    AuditTables,
    UsersTables,
    SettingsTables,
    NotificationsTables,
    TicketsTables,
    CashTables,
    CustomersTables,
    VisitsTables,
    RotationTables,
    CallsTables,
    UnitsTables,
    HoldsTables,
    KeysTables,
    HandoverTables,
    MailTables,
    DayCloseTables {}

/**
 * Tables whose rows are written through the audited writer and checked by `verify`, in the
 * order `verify` reads them.
 */
export const AUDITED_TABLES = {
  ...USERS_AUDITED,
  ...SETTINGS_AUDITED,
  ...NOTIFICATIONS_AUDITED,
  ...TICKETS_AUDITED,
  ...CASH_AUDITED,
  ...CUSTOMERS_AUDITED,
  ...VISITS_AUDITED,
  ...ROTATION_AUDITED,
  ...CALLS_AUDITED,
  ...UNITS_AUDITED,
  ...HOLDS_AUDITED,
  ...KEYS_AUDITED,
  ...HANDOVER_AUDITED,
  ...MAIL_AUDITED,
  ...DAY_CLOSE_AUDITED,
} as const satisfies AuditedTablesOf<Database>;
export type AuditedTable = keyof typeof AUDITED_TABLES;

/**
 * A table whose rows carry `audit_id` is written by calls, so it must be audited: a namespace's
 * entries left out of AUDITED_TABLES above fail the typecheck here, naming the table.
 */
type UnauditedWrittenTables = {
  [T in keyof Database]: 'audit_id' extends keyof Database[T] ? Exclude<T, AuditedTable> : never;
}[keyof Database];
export type EveryWrittenTableIsAudited = NoneOf<UnauditedWrittenTables>;
type NoneOf<T extends never> = T;
