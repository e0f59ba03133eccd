import type { AsStored, LedgerTables } from './tables';

/** The desk's settings, one row per key (0001). */
export type SettingsTables = LedgerTables<{
  settings: AsStored;
}>;
