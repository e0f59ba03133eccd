import type { Generated } from 'kysely';
import type { AsStored, LedgerTables } from './tables';

/** Customers, their name index and ownership (0002, 0010). */
export type CustomersTables = LedgerTables<{
  customers: { id: Generated<number> };
  /** A one- or two-character piece of a customer's name, kept by triggers (migration 0010). */
  customer_name_grams: AsStored;
  /** The positions 1…40 within a name, which the name-gram triggers join to split a name. */
  name_positions: AsStored;
  ownership_claims: { id: Generated<number> };
  ownership_decisions: { id: Generated<number> };
}>;
