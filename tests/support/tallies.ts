import { VISIT_TALLIES } from '../../electron/core/audit/visitTallies';

/** Puts a ledger back as it was before 0015: no tallies, no triggers keeping them. */
export const DROP_VISIT_TALLIES = [
  ...VISIT_TALLIES.map((t) => `DROP TABLE ${t.table};`),
  'DROP TRIGGER visits_keep_tallies;',
  'DROP TRIGGER calls_keep_tallies;',
].join('\n');
