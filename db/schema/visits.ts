import type { Generated } from 'kysely';
import type { ChosenBy, VisitOutcome, VisitUpdateKind } from '../../shared/domain/vocab';
import type { AsStored, LedgerTables } from './tables';

/** The visitor log, its tallies and the consultants' slips (0002, 0015, 0021). */
export type VisitsTables = LedgerTables<{
  visits: { id: Generated<number>; is_returning: 0 | 1; chosen_by: ChosenBy };
  visit_updates: { id: Generated<number>; kind: VisitUpdateKind; outcome: VisitOutcome | null };
  visit_slips: { id: Generated<number> };
  /** Tallies of the visits per business date, kept by triggers (0015); never written by the app. */
  visit_tallies_by_kind: AsStored;
  visit_tallies_by_channel: AsStored;
  visit_tallies_by_consultant: AsStored;
  /** `quarter`: unixepoch(arrived_at) / 900, the UTC quarter hour of the arrival. */
  visit_tallies_by_quarter: AsStored;
}>;
