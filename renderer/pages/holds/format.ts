import type { BoardUnit, UnitStatus } from '../../../shared/contract/holds';

/** Board colours by status; the legend and the cells share them. */
export const STATUS_COLOURS: Record<UnitStatus, string> = {
  // Dark enough for white tag text (WCAG AA 4.5:1); the board tints its cells with them.
  available: '#237804',
  pending: '#874d00',
  held: '#ad2102',
  reserved: '#0958d9',
  signed: '#595959',
  withheld: '#434343',
};

/** Hundredths of m² as "89.50". */
export function formatArea(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

/** Milliseconds as "29:59" (or "1:02:03" past an hour). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "1栋-1单元-101": how a unit is named in dialog titles. */
export function unitName(u: BoardUnit): string {
  return [u.building, u.unit, u.room].filter(Boolean).join('-');
}

/** A dialog about one unit of the board: open while `unit` is set. */
export interface UnitDialogProps {
  unit: BoardUnit | null;
  onClose: () => void;
  onDone: () => void;
}
