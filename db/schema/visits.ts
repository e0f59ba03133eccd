import type { Generated } from 'kysely';
import type { ChosenBy, VisitOutcome, VisitUpdateKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The visitor log and its tallies (0002, 0015). */
export interface VisitsTables {
  visits: VisitsTable;
  visit_updates: VisitUpdatesTable;
  visit_tallies_by_kind: VisitTalliesByKindTable;
  visit_tallies_by_channel: VisitTalliesByChannelTable;
  visit_tallies_by_consultant: VisitTalliesByConsultantTable;
  visit_tallies_by_quarter: VisitTalliesByQuarterTable;
}

export const VISITS_AUDITED = {
  visits: { key: 'id', appendOnly: true },
  visit_updates: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<VisitsTables>;

export type { ChosenBy, VisitOutcome };

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

/** Tallies of the visits per business date, kept by triggers (0015); never written by the app. */
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
