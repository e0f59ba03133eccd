/**
 * The business date of an instant: the local calendar date, except that the hours before the
 * cut-off belong to the previous day, because the late shift ends after midnight (SPEC §2, 000:75).
 * "Local" is the desk PC's time zone; tests pin TZ=Asia/Shanghai.
 */
export type BusinessDate = string; // YYYY-MM-DD

export const DEFAULT_DAY_CUTOFF = '04:00';
const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCutoff(text: string): boolean {
  return CUTOFF.test(text);
}

export function cutoffMinutes(cutoff: string): number {
  const m = CUTOFF.exec(cutoff);
  if (!m) throw new RangeError(`day cut-off must be HH:MM, got "${cutoff}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function businessDateOf(instant: Date, cutoff: string = DEFAULT_DAY_CUTOFF): BusinessDate {
  const shifted = new Date(instant.getTime() - cutoffMinutes(cutoff) * 60_000);
  return localDate(shifted);
}

export function localDate(d: Date): BusinessDate {
  const y = d.getFullYear().toString().padStart(4, '0');
  const mo = (d.getMonth() + 1).toString().padStart(2, '0');
  const da = d.getDate().toString().padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

export function isBusinessDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  // by arithmetic, not by building a Date: every date of a 150-line answer is checked
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (y < 100 || m < 1 || m > 12 || d < 1) return false; // a Date reads years 0–99 as 19xx
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
}

/** Adds whole days to a business date (calendar arithmetic, no time zone involved). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(y, m - 1, d + days));
}
