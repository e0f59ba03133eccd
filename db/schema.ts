import type { Generated } from 'kysely';
import type {
  AuditOutcome,
  CashMovementKind,
  CashTransferKind,
  ChosenBy,
  CountOccasion,
  CountSubject,
  DayCloseEventKind,
  HandoverSection,
  HandoverTaskEventKind,
  HoldEventKind,
  KeyKind,
  KeyMovementKind,
  MailKind,
  NotificationSeverity,
  PaymentMethod,
  RotationEventKind,
  SecretKind,
  SignInPurpose,
  SigningRole,
  TicketMovementKind,
  VisitOutcome,
  VisitUpdateKind,
} from '../shared/domain/vocab';

/** Row types of the ledger, as Kysely sees them. Columns mirror db/migrations. */
export interface AuditLogTable {
  id: number;
  at: string;
  business_date: string;
  actor_id: number | null;
  countersigned_by: number | null;
  channel: string;
  outcome: AuditOutcome;
  error_code: string | null;
  summary: string;
  writes: string;
  prev_hash: string;
  hash: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  roles: string;
  secret_kind: SecretKind;
  secret_hash: string;
  secret_set_at: string;
  active: 0 | 1;
  created_at: string;
  audit_id: number;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  user_id: number;
  at: string;
  business_date: string;
  purpose: SignInPurpose;
  ok: 0 | 1;
  locked_until: string | null;
  audit_id: number;
}

export interface SettingsTable {
  key: string;
  value: string;
  audit_id: number;
}

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

/** Consignment movie tickets (0004_tickets). */
export interface TicketCinemasTable {
  id: Generated<number>;
  name: string;
  contact_name: string;
  contact_phone: string;
  active: 0 | 1;
  created_at: string;
  audit_id: number;
}

export interface TicketTypesTable {
  id: Generated<number>;
  cinema_id: number;
  name: string;
  price_fen: number;
  low_stock_threshold: number;
  active: 0 | 1;
  created_at: string;
  audit_id: number;
}

export type { TicketMovementKind, PaymentMethod };

export interface TicketMovementsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  type_id: number;
  kind: TicketMovementKind;
  delta: number;
  unit_price_fen: number | null;
  amount_fen: number | null;
  payment_method: PaymentMethod | null;
  batch: string | null;
  serial_from: string | null;
  serial_to: string | null;
  voids_id: number | null;
  reason: string | null;
  actor_id: number;
  countersigned_by: number | null;
  audit_id: number;
}

export interface CashTransfersTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  kind: CashTransferKind;
  from_id: number;
  to_id: number;
  expected_fen: number;
  amount_fen: number;
  explanation: string | null;
  audit_id: number;
}

export type { CashMovementKind };

export interface CashMovementsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  holder_id: number;
  kind: CashMovementKind;
  delta_fen: number;
  ticket_movement_id: number | null;
  transfer_id: number | null;
  audit_id: number;
}

export interface CashFloatChangesTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  desk: string;
  delta_fen: number;
  reason: string;
  actor_id: number;
  audit_id: number;
}

/**
 * Running balances (0012): kept by the database's triggers from the movements above, in the
 * same statement as each movement; never written by the app. `last_id` is the newest movement
 * taken in.
 */
export interface TicketStockOnHandTable {
  type_id: number;
  on_hand: number;
  last_id: number;
}

export interface CashCustodyTable {
  holder_id: number;
  balance_fen: number;
  last_id: number;
}

export interface CashFloatBalancesTable {
  desk: string;
  float_fen: number;
  last_id: number;
}

/** Tallies of the visits and calls per business date, kept by triggers (0015); never written by the app. */
export interface VisitTalliesByKindTable {
  business_date: string;
  is_returning: number;
  visits: number;
  people: number;
  last_id: number;
}

export interface VisitTalliesByChannelTable {
  business_date: string;
  channel: string;
  visits: number;
  first_id: number;
  last_id: number;
}

export interface VisitTalliesByConsultantTable {
  business_date: string;
  consultant_id: number;
  is_returning: number;
  visits: number;
  last_id: number;
}

/** `quarter`: unixepoch(arrived_at) / 900, the UTC quarter hour of the arrival. */
export interface VisitTalliesByQuarterTable {
  business_date: string;
  quarter: number;
  visits: number;
  last_id: number;
}

export interface CallTalliesByKindTable {
  business_date: string;
  is_returning: number;
  calls: number;
  invited: number;
  last_id: number;
}

export interface CallTalliesByChannelTable {
  business_date: string;
  channel: string;
  calls: number;
  first_id: number;
  last_id: number;
}

/** `quarter`: unixepoch(at) / 900. */
export interface CallTalliesByQuarterTable {
  business_date: string;
  quarter: number;
  calls: number;
  last_id: number;
}

export interface TicketCountsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  occasion: CountOccasion;
  subject: CountSubject;
  type_id: number | null;
  holder_id: number | null;
  float_fen: number;
  expected: number;
  counted: number;
  variance: number;
  explanation: string | null;
  actor_id: number;
  audit_id: number;
}

export interface TicketPostersTable {
  id: Generated<number>;
  film: string;
  show_from: string;
  show_to: string;
  active: 0 | 1;
  created_at: string;
  audit_id: number;
}

export interface TicketRemindersTable {
  id: Generated<number>;
  key: string;
  at: string;
  business_date: string;
  notification_id: number;
  audit_id: number;
}

export interface CustomersTable {
  id: Generated<number>;
  name: string;
  phone: string | null;
  created_at: string;
  anonymised_at: string | null;
  audit_id: number;
}

/** A one- or two-character piece of a customer's name, kept by triggers (migration 0010). */
export interface CustomerNameGramsTable {
  gram: string;
  customer_id: number;
}

/** The positions 1…40 within a name, which the name-gram triggers join to split a name. */
export interface NamePositionsTable {
  i: number;
}

export type { ChosenBy };

export type { VisitOutcome };

export interface VisitsTable {
  id: Generated<number>;
  customer_id: number;
  arrived_at: string;
  business_date: string;
  party_size: number;
  channel: string;
  is_returning: 0 | 1;
  consultant_id: number;
  chosen_by: ChosenBy;
  intent_layout: string | null;
  intent_area_sqm: number | null;
  intent_budget_fen: number | null;
  notes: string | null;
  recorded_at: string;
  recorded_by: number;
  audit_id: number;
}

export interface VisitUpdatesTable {
  id: Generated<number>;
  visit_id: number;
  kind: VisitUpdateKind;
  outcome: VisitOutcome | null;
  left_at: string | null;
  note: string | null;
  corrects_id: number | null;
  reason: string | null;
  at: string;
  business_date: string;
  actor_id: number;
  audit_id: number;
}

export interface RotationEventsTable {
  id: Generated<number>;
  business_date: string;
  at: string;
  kind: RotationEventKind;
  consultant_id: number | null;
  order_ids: string | null;
  visit_id: number | null;
  reason: string | null;
  actor_id: number;
  audit_id: number;
}

export interface CallsTable {
  id: Generated<number>;
  customer_id: number;
  at: string;
  business_date: string;
  channel: string;
  is_returning: 0 | 1;
  answered_by: number;
  owner_id: number | null;
  topic: string | null;
  invited_for: string | null;
  recorded_at: string;
  recorded_by: number;
  audit_id: number;
}

export interface OwnershipClaimsTable {
  id: Generated<number>;
  customer_id: number;
  claimant_id: number;
  visit_id: number | null;
  note: string | null;
  at: string;
  business_date: string;
  actor_id: number;
  audit_id: number;
}

export interface OwnershipDecisionsTable {
  id: Generated<number>;
  claim_id: number;
  customer_id: number;
  owner_id: number;
  reason: string;
  at: string;
  business_date: string;
  decided_by: number;
  audit_id: number;
}

export interface UnitsTable {
  id: Generated<number>;
  building: string;
  unit: string;
  floor: number;
  room: string;
  layout: string;
  area_centi: number;
  list_price_fen: number;
  withheld: 0 | 1;
  created_at: string;
  audit_id: number;
}

export interface HoldsTable {
  id: Generated<number>;
  unit_id: number;
  consultant_id: number;
  requested_by: number;
  customer_name: string;
  customer_phone: string;
  at: string;
  business_date: string;
  audit_id: number;
}

export type { HoldEventKind };

export interface HoldEventsTable {
  id: Generated<number>;
  hold_id: number;
  kind: HoldEventKind;
  at: string;
  business_date: string;
  actor_id: number | null;
  expires_at: string | null;
  reason: string | null;
  amount_fen: number | null;
  receipt_no: string | null;
  audit_id: number;
}

export interface UnitClaimsTable {
  unit_id: number;
  hold_id: number | null;
  audit_id: number;
}

export type { KeyKind };

export type { KeyMovementKind };

export interface KeysTable {
  id: Generated<number>;
  tag: string;
  name: string;
  kind: KeyKind;
  home_place: string;
  night_place: string | null;
  copies: number;
  restricted: 0 | 1;
  created_at: string;
  retired_at: string | null;
  audit_id: number;
}

export interface KeyMovementsTable {
  id: Generated<number>;
  key_id: number;
  copy_no: number;
  seq: number;
  kind: KeyMovementKind;
  holder_user_id: number | null;
  holder_name: string | null;
  holder_phone: string | null;
  by_user_id: number;
  countersigned_by: number | null;
  purpose: string | null;
  due_back: string | null;
  reason: string | null;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface KeyOvernightNotesTable {
  id: Generated<number>;
  movement_id: number;
  reason: string;
  by_user_id: number;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface KeyOverdueNoticesTable {
  id: Generated<number>;
  issue_movement_id: number;
  notification_id: number;
  at: string;
  business_date: string;
  audit_id: number;
}

/** Shift handover and the owner-mail register (0006_handover). */
export interface HandoversTable {
  id: Generated<number>;
  business_date: string;
  shift_name: string;
  from_id: number;
  to_id: number;
  started_at: string;
  audit_id: number;
}
export interface HandoverVersionsTable {
  id: Generated<number>;
  handover_id: number;
  items: string;
  notes: string;
  by_id: number;
  at: string;
  audit_id: number;
}
export interface HandoverAcksTable {
  id: Generated<number>;
  handover_id: number;
  acknowledged_by: number;
  at: string;
  business_date: string;
  snapshot: string;
  difference_count: number;
  audit_id: number;
}
export interface HandoverItemLinesTable {
  id: Generated<number>;
  handover_id: number;
  name: string;
  declared: number;
  counted: number;
  audit_id: number;
}
export type { HandoverSection };
export interface HandoverDifferencesTable {
  id: Generated<number>;
  handover_id: number;
  section: HandoverSection;
  label: string;
  expected: string;
  counted: string;
  note: string | null;
  audit_id: number;
}
export interface HandoverTasksTable {
  id: Generated<number>;
  text: string;
  handover_id: number | null;
  raised_by: number;
  at: string;
  business_date: string;
  audit_id: number;
}
export interface HandoverTaskEventsTable {
  id: Generated<number>;
  task_id: number;
  kind: HandoverTaskEventKind;
  by_id: number;
  note: string | null;
  at: string;
  business_date: string;
  audit_id: number;
}
export interface HandoverMissedNoticesTable {
  id: Generated<number>;
  business_date: string;
  shift_name: string;
  notification_id: number;
  at: string;
  audit_id: number;
}
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

export interface DayCloseEventsTable {
  id: Generated<number>;
  for_date: string;
  seq: number;
  kind: DayCloseEventKind;
  at: string;
  actor_id: number;
  reason: string | null;
  key_check: string | null;
  audit_id: number;
}

export interface DayCloseSignaturesTable {
  id: Generated<number>;
  event_id: number;
  role: SigningRole;
  user_id: number;
  at: string;
  audit_id: number;
}

export interface DayCloseStockTable {
  id: Generated<number>;
  event_id: number;
  type_id: number;
  type_name: string;
  expected: number;
  counted: number;
  variance: number;
  explanation: string | null;
  ticket_count_id: number;
  audit_id: number;
}

export interface DayCloseCashCountsTable {
  id: Generated<number>;
  for_date: string;
  at: string;
  business_date: string;
  actor_id: number;
  n10000: number;
  n5000: number;
  n2000: number;
  n1000: number;
  n500: number;
  n100: number;
  n50: number;
  n10: number;
  total_fen: number;
  expected_fen: number;
  variance_fen: number;
  explanation: string | null;
  cashier_id: number | null;
  transfer_id: number | null;
  audit_id: number;
}

export interface Database {
  audit_log: AuditLogTable;
  users: UsersTable;
  sign_in_attempts: SignInAttemptsTable;
  settings: SettingsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  ticket_cinemas: TicketCinemasTable;
  ticket_types: TicketTypesTable;
  ticket_movements: TicketMovementsTable;
  cash_transfers: CashTransfersTable;
  cash_movements: CashMovementsTable;
  cash_float_changes: CashFloatChangesTable;
  ticket_stock_on_hand: TicketStockOnHandTable;
  cash_custody: CashCustodyTable;
  cash_float_balances: CashFloatBalancesTable;
  ticket_counts: TicketCountsTable;
  ticket_posters: TicketPostersTable;
  ticket_reminders: TicketRemindersTable;
  customers: CustomersTable;
  customer_name_grams: CustomerNameGramsTable;
  name_positions: NamePositionsTable;
  visits: VisitsTable;
  visit_updates: VisitUpdatesTable;
  rotation_events: RotationEventsTable;
  calls: CallsTable;
  visit_tallies_by_kind: VisitTalliesByKindTable;
  visit_tallies_by_channel: VisitTalliesByChannelTable;
  visit_tallies_by_consultant: VisitTalliesByConsultantTable;
  visit_tallies_by_quarter: VisitTalliesByQuarterTable;
  call_tallies_by_kind: CallTalliesByKindTable;
  call_tallies_by_channel: CallTalliesByChannelTable;
  call_tallies_by_quarter: CallTalliesByQuarterTable;
  ownership_claims: OwnershipClaimsTable;
  ownership_decisions: OwnershipDecisionsTable;
  units: UnitsTable;
  holds: HoldsTable;
  hold_events: HoldEventsTable;
  unit_claims: UnitClaimsTable;
  keys: KeysTable;
  key_movements: KeyMovementsTable;
  key_overnight_notes: KeyOvernightNotesTable;
  key_overdue_notices: KeyOverdueNoticesTable;
  handovers: HandoversTable;
  handover_versions: HandoverVersionsTable;
  handover_acks: HandoverAcksTable;
  handover_item_lines: HandoverItemLinesTable;
  handover_differences: HandoverDifferencesTable;
  handover_tasks: HandoverTasksTable;
  handover_task_events: HandoverTaskEventsTable;
  handover_missed_notices: HandoverMissedNoticesTable;
  mail_items: MailItemsTable;
  mail_handouts: MailHandoutsTable;
  day_close_events: DayCloseEventsTable;
  day_close_signatures: DayCloseSignaturesTable;
  day_close_stock: DayCloseStockTable;
  day_close_cash_counts: DayCloseCashCountsTable;
}

/** Tables whose rows are written through the audited writer and checked by `verify`. */
export const AUDITED_TABLES = {
  users: { key: 'id', appendOnly: false },
  sign_in_attempts: { key: 'id', appendOnly: true },
  settings: { key: 'key', appendOnly: false },
  notifications: { key: 'id', appendOnly: true },
  notification_reads: { key: 'id', appendOnly: true },
  ticket_cinemas: { key: 'id', appendOnly: false },
  ticket_types: { key: 'id', appendOnly: false },
  ticket_movements: { key: 'id', appendOnly: true },
  cash_transfers: { key: 'id', appendOnly: true },
  cash_movements: { key: 'id', appendOnly: true },
  cash_float_changes: { key: 'id', appendOnly: true },
  ticket_counts: { key: 'id', appendOnly: true },
  ticket_posters: { key: 'id', appendOnly: false },
  ticket_reminders: { key: 'id', appendOnly: true },
  customers: { key: 'id', appendOnly: false },
  visits: { key: 'id', appendOnly: true },
  visit_updates: { key: 'id', appendOnly: true },
  rotation_events: { key: 'id', appendOnly: true },
  calls: { key: 'id', appendOnly: true },
  ownership_claims: { key: 'id', appendOnly: true },
  ownership_decisions: { key: 'id', appendOnly: true },
  units: { key: 'id', appendOnly: false },
  holds: { key: 'id', appendOnly: true },
  hold_events: { key: 'id', appendOnly: true },
  unit_claims: { key: 'unit_id', appendOnly: false },
  keys: { key: 'id', appendOnly: false },
  key_movements: { key: 'id', appendOnly: true },
  key_overnight_notes: { key: 'id', appendOnly: true },
  key_overdue_notices: { key: 'id', appendOnly: true },
  handovers: { key: 'id', appendOnly: true },
  handover_versions: { key: 'id', appendOnly: true },
  handover_acks: { key: 'id', appendOnly: true },
  handover_item_lines: { key: 'id', appendOnly: true },
  handover_differences: { key: 'id', appendOnly: true },
  handover_tasks: { key: 'id', appendOnly: true },
  handover_task_events: { key: 'id', appendOnly: true },
  handover_missed_notices: { key: 'id', appendOnly: true },
  mail_items: { key: 'id', appendOnly: true },
  mail_handouts: { key: 'id', appendOnly: true },
  day_close_events: { key: 'id', appendOnly: true },
  day_close_signatures: { key: 'id', appendOnly: true },
  day_close_stock: { key: 'id', appendOnly: true },
  day_close_cash_counts: { key: 'id', appendOnly: true },
} as const satisfies Partial<Record<keyof Database, { key: string; appendOnly: boolean }>>;
export type AuditedTable = keyof typeof AUDITED_TABLES;
