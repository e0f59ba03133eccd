import dayjs from 'dayjs';

/** The local time of an instant, as the desk reads it. */
export function when(at: string | null): string {
  return at ? dayjs(at).format('MM-DD HH:mm') : '';
}
