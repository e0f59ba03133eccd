import type { Generated } from 'kysely';
import type {
  CountOccasion,
  CountSubject,
  PaymentMethod,
  TicketMovementKind,
} from '../../shared/domain/vocab';
import type { AsStored, LedgerTables } from './tables';

/** Consignment movie tickets (0004_tickets): catalogue, movements, counts, posters, reminders. */
export type TicketsTables = LedgerTables<{
  ticket_cinemas: { id: Generated<number>; active: 0 | 1 };
  ticket_types: { id: Generated<number>; active: 0 | 1 };
  ticket_movements: { id: Generated<number>; kind: TicketMovementKind; payment_method: PaymentMethod | null };
  /**
   * Stock on hand per type, a running balance (0012): kept by the database's triggers from
   * `ticket_movements`, in the same statement as each movement; never written by the app.
   * `last_id` is the newest movement taken in.
   */
  ticket_stock_on_hand: AsStored;
  ticket_counts: { id: Generated<number>; occasion: CountOccasion; subject: CountSubject };
  ticket_posters: { id: Generated<number>; active: 0 | 1 };
  ticket_reminders: { id: Generated<number> };
  /** A sale at a price other than the catalogue's, with the catalogue price (0017). */
  ticket_price_exceptions: { id: Generated<number> };
}>;
