import dayjs from 'dayjs';

/** A clock time of the desk, from a UTC instant ("08:57"). */
export function clock(at: string | null | undefined): string {
  return at ? dayjs(at).format('HH:mm') : '';
}

/** Date and time ("12-04 08:57"). */
export function when(at: string | null | undefined): string {
  return at ? dayjs(at).format('MM-DD HH:mm') : '';
}

/** The month of a business date, YYYY-MM. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A wall-clock time HH:MM of a business date, as the UTC instant the contract takes. */
export function instantAt(date: string, time: string): string {
  return dayjs(`${date}T${time}`).toISOString();
}
