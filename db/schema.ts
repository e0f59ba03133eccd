/**
 * Row types of the ledger, as Kysely sees them: one file per namespace in db/schema/ with its
 * tables — their columns as the migrations made them, narrowed where the app knows more
 * (db/schema/tables.ts) — put together here. db/schema.check.ts holds them to the migrated
 * ledger.
 */
import type { AuditTables } from './schema/audit';
import type { CallsTables } from './schema/calls';
import type { CashTables } from './schema/cash';
import type { ComplaintsTables } from './schema/complaints';
import type { CustomersTables } from './schema/customers';
import type { DayCloseTables } from './schema/dayclose';
import type { HandoverTables } from './schema/handover';
import type { HoldsTables } from './schema/holds';
import type { KeysTables } from './schema/keys';
import type { MailTables } from './schema/mail';
import type { PrivacyTables } from './schema/privacy';
import type { NotificationsTables } from './schema/notifications';
import type { OfficeTables } from './schema/office';
import type { RotationTables } from './schema/rotation';
import type { SettingsTables } from './schema/settings';
import type { TicketsTables } from './schema/tickets';
import type { UnitsTables } from './schema/units';
import type { UsersTables } from './schema/users';
import type { VisitsTables } from './schema/visits';
import type { AttendanceTables } from './schema/attendance';
import type { OutingsTables } from './schema/outings';
import type { RosterTables } from './schema/roster';
import type { ChecksTables } from './schema/checks';
import type { AuditedTablesOf } from './schema/tables';
import { LEDGER_AUDITED_TABLES } from './schema.columns';

export type {
  CashMovementKind,
  ChosenBy,
  HandoverSection,
  HoldEventKind,
  KeyKind,
  KeyMovementKind,
  MailKind,
  PaymentMethod,
  TicketMovementKind,
  VisitOutcome,
} from '../shared/domain/vocab';

/** Every table of the ledger, by namespace. */
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
    DayCloseTables,
    ComplaintsTables,
    OfficeTables,
    AttendanceTables,
    OutingsTables,
    RosterTables,
    ChecksTables,
    PrivacyTables {}

/** Each table's row type, by the name the code uses. */
export type AuditLogTable = Database['audit_log'];
export type CloseHeadsTable = Database['close_heads'];
export type UsersTable = Database['users'];
export type SignInAttemptsTable = Database['sign_in_attempts'];
export type SettingsTable = Database['settings'];
export type NotificationsTable = Database['notifications'];
export type NotificationReadsTable = Database['notification_reads'];
export type NotificationRecipientsTable = Database['notification_recipients'];
export type TicketCinemasTable = Database['ticket_cinemas'];
export type TicketTypesTable = Database['ticket_types'];
export type TicketMovementsTable = Database['ticket_movements'];
export type TicketStockOnHandTable = Database['ticket_stock_on_hand'];
export type TicketCountsTable = Database['ticket_counts'];
export type TicketPostersTable = Database['ticket_posters'];
export type TicketRemindersTable = Database['ticket_reminders'];
export type CashTransfersTable = Database['cash_transfers'];
export type CashMovementsTable = Database['cash_movements'];
export type CashFloatChangesTable = Database['cash_float_changes'];
export type CashCustodyTable = Database['cash_custody'];
export type CashFloatBalancesTable = Database['cash_float_balances'];
export type CustomersTable = Database['customers'];
export type CustomerNameGramsTable = Database['customer_name_grams'];
export type NamePositionsTable = Database['name_positions'];
export type OwnershipClaimsTable = Database['ownership_claims'];
export type OwnershipDecisionsTable = Database['ownership_decisions'];
export type VisitsTable = Database['visits'];
export type VisitUpdatesTable = Database['visit_updates'];
export type VisitSlipsTable = Database['visit_slips'];
export type VisitTalliesByKindTable = Database['visit_tallies_by_kind'];
export type VisitTalliesByChannelTable = Database['visit_tallies_by_channel'];
export type VisitTalliesByConsultantTable = Database['visit_tallies_by_consultant'];
export type VisitTalliesByQuarterTable = Database['visit_tallies_by_quarter'];
export type RotationEventsTable = Database['rotation_events'];
export type CallsTable = Database['calls'];
export type CallTalliesByKindTable = Database['call_tallies_by_kind'];
export type CallTalliesByChannelTable = Database['call_tallies_by_channel'];
export type CallTalliesByQuarterTable = Database['call_tallies_by_quarter'];
export type UnitsTable = Database['units'];
export type HoldsTable = Database['holds'];
export type HoldEventsTable = Database['hold_events'];
export type UnitClaimsTable = Database['unit_claims'];
export type HoldBoardGrantsTable = Database['hold_board_grants'];
export type HoldBoardRevocationsTable = Database['hold_board_revocations'];
export type HoldInquiriesTable = Database['hold_inquiries'];
export type HoldDepositsTable = Database['hold_deposits'];
export type DepositConfirmationsTable = Database['deposit_confirmations'];
export type HoldRefundsTable = Database['hold_refunds'];
export type RefundEventsTable = Database['refund_events'];
export type KeysTable = Database['keys'];
export type KeyMovementsTable = Database['key_movements'];
export type KeyOvernightNotesTable = Database['key_overnight_notes'];
export type KeyOverdueNoticesTable = Database['key_overdue_notices'];
export type HandoversTable = Database['handovers'];
export type HandoverVersionsTable = Database['handover_versions'];
export type HandoverAcksTable = Database['handover_acks'];
export type HandoverItemLinesTable = Database['handover_item_lines'];
export type HandoverDifferencesTable = Database['handover_differences'];
export type HandoverTasksTable = Database['handover_tasks'];
export type HandoverTaskEventsTable = Database['handover_task_events'];
export type HandoverMissedNoticesTable = Database['handover_missed_notices'];
export type MailItemsTable = Database['mail_items'];
export type MailHandoutsTable = Database['mail_handouts'];
export type DayCloseEventsTable = Database['day_close_events'];
export type DayCloseSignaturesTable = Database['day_close_signatures'];
export type DayCloseStockTable = Database['day_close_stock'];
export type DayCloseCashCountsTable = Database['day_close_cash_counts'];
export type ComplaintsTable = Database['complaints'];
export type ComplaintEventsTable = Database['complaint_events'];
export type ComplaintNoticesTable = Database['complaint_notices'];
export type OfficeIdentityTable = Database['office_identity'];
export type SyncNoticesTable = Database['sync_notices'];
export type AttendancePunchesTable = Database['attendance_punches'];
export type AttendanceProxyAttemptsTable = Database['attendance_proxy_attempts'];
export type AttendanceMissedNoticesTable = Database['attendance_missed_notices'];
export type OutingsTable = Database['outings'];
export type OutingEventsTable = Database['outing_events'];
export type StandInsTable = Database['stand_ins'];
export type RosterEntriesTable = Database['roster_entries'];
export type LunchCoverNoticesTable = Database['lunch_cover_notices'];
export type DeskChecksTable = Database['desk_checks'];
export type DeskCheckItemsTable = Database['desk_check_items'];
/**
 * The tables the calls write, by their primary key, and which of them are append-only:
 * generated from the migrated ledger (db/schema.columns.ts), so a migration decides it. The
 * audited writer refuses to update an append-only row, and `verify` checks every row of these
 * tables against the audit row that wrote it, in this order.
 */
export const AUDITED_TABLES = LEDGER_AUDITED_TABLES satisfies AuditedTablesOf<Database>;
export type AuditedTable = keyof typeof AUDITED_TABLES;
