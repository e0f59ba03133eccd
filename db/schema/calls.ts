import type { Generated } from 'kysely';
import type { AsStored, LedgerTables } from './tables';

/** The call log and its tallies (0002, 0015). */
export type CallsTables = LedgerTables<{
  calls: { id: Generated<number>; is_returning: 0 | 1 };
  /** Tallies of the calls per business date, kept by triggers (0015); never written by the app. */
  call_tallies_by_kind: AsStored;
  call_tallies_by_channel: AsStored;
  /** `quarter`: unixepoch(at) / 900. */
  call_tallies_by_quarter: AsStored;
}>;
