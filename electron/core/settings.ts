import type { ReadableDB } from '../../db/access';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract/settings';

/** Settings are a small mutable table, every change audited; absent keys take the defaults. */
export async function readSettings(db: ReadableDB): Promise<Settings> {
  return settingsFromRows(await db.selectFrom('settings').select(['key', 'value']).execute());
}

/** The settings a set of stored rows stands for (the router caches the result between calls). */
export function settingsFromRows(rows: readonly { key: string; value: string }[]): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value) as unknown;
  const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  // A value this version cannot read (hand-edited, or from a newer version) falls back to the
  // default rather than stopping the desk; `verify` reports the edit.
  if (merged.success) return merged.data;
  const safe = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const one = settingsSchema.shape[key].safeParse(stored[key]);
    if (one.success) (safe as Record<string, unknown>)[key] = one.data;
  }
  return safe;
}
