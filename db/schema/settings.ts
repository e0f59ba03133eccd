import type { AuditedTablesOf } from './audit';

/** The desk's settings, one row per key (0001). */
export interface SettingsTables {
  settings: SettingsTable;
}

export const SETTINGS_AUDITED = {
  settings: { key: 'key', appendOnly: false },
} as const satisfies AuditedTablesOf<SettingsTables>;

export interface SettingsTable {
  key: string;
  value: string;
  audit_id: number;
}
