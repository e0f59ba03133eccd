import type { Generated } from 'kysely';
import type { AuditedTablesOf } from './audit';

/** Customers, their name index and ownership (0002, 0010). */
export interface CustomersTables {
  customers: CustomersTable;
  customer_name_grams: CustomerNameGramsTable;
  name_positions: NamePositionsTable;
  ownership_claims: OwnershipClaimsTable;
  ownership_decisions: OwnershipDecisionsTable;
}

export const CUSTOMERS_AUDITED = {
  customers: { key: 'id', appendOnly: false },
  ownership_claims: { key: 'id', appendOnly: true },
  ownership_decisions: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<CustomersTables>;

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
