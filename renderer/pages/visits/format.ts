import dayjs from 'dayjs';
import type { CustomerView } from '../../../shared/contract/customers';

/** Local clock time of an instant, as the desk reads it. */
export function clockTime(instant: string | null): string {
  return instant ? dayjs(instant).format('HH:mm') : '';
}

/** A customer's name and (possibly masked) phone as shown in lists. */
export function customerLabel(c: CustomerView, anonymised: string): string {
  if (c.anonymised) return anonymised;
  return c.phone ? `${c.name} ${c.phone}` : c.name;
}
