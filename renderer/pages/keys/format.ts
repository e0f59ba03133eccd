import dayjs from 'dayjs';
import type { KeyCopyView } from '../../../shared/contract/keys';

/** Instants on the board: the date only when it is not today. */
export function when(iso: string | null): string {
  if (iso === null) return '';
  const d = dayjs(iso);
  return d.isSame(dayjs(), 'day') ? d.format('HH:mm') : d.format('YYYY-MM-DD HH:mm');
}

export function holderText(holder: KeyCopyView['holder']): string {
  if (!holder) return '';
  return holder.phone ? `${holder.name} ${holder.phone}` : holder.name;
}
