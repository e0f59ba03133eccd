import type { Generated } from 'kysely';
import type {
  CountOccasion,
  CountSubject,
  PaymentMethod,
  TicketMovementKind,
} from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** Consignment movie tickets (0004_tickets): catalogue, movements, counts, posters, reminders. */
export interface TicketsTables {
  ticket_cinemas: TicketCinemasTable;
  ticket_types: TicketTypesTable;
  ticket_movements: TicketMovementsTable;
  ticket_stock_on_hand: TicketStockOnHandTable;
  ticket_counts: TicketCountsTable;
  ticket_posters: TicketPostersTable;
  ticket_reminders: TicketRemindersTable;
}

export const TICKETS_AUDITED = {
  ticket_cinemas: { key: 'id', appendOnly: false },
  ticket_types: { key: 'id', appendOnly: false },
  ticket_movements: { key: 'id', appendOnly: true },
  ticket_counts: { key: 'id', appendOnly: true },
  ticket_posters: { key: 'id', appendOnly: false },
  ticket_reminders: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<TicketsTables>;

export type { TicketMovementKind, PaymentMethod };

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

/**
 * Stock on hand per type, a running balance (0012): kept by the database's triggers from
 * `ticket_movements`, in the same statement as each movement; never written by the app.
 * `last_id` is the newest movement taken in.
 */
export interface TicketStockOnHandTable {
  type_id: number;
  on_hand: number;
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
