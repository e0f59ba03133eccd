import { formatFen } from '../../domain/money';

const pad = (n: number) => String(n).padStart(2, '0');

/** The desk's wall-clock time of an instant, HH:mm. */
export function clock(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function dateTime(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${clock(iso)}`;
}

export function money(fen: number | null): string {
  return fen === null ? '' : formatFen(fen);
}

export function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0);
}
