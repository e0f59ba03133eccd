import dayjs from 'dayjs';

/** An instant as the complaint pages show it: the time alone today, else with the date. */
export function when(iso: string | null): string {
  if (iso === null) return '';
  const d = dayjs(iso);
  return d.isSame(dayjs(), 'day') ? d.format('HH:mm') : d.format('YYYY-MM-DD HH:mm');
}

const CLOCK = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

/** Whether a typed time of day is hh:mm (a full-width colon counts). */
export function isClockTime(text: string): boolean {
  return CLOCK.test(text.trim());
}

/** Today at a typed hh:mm, as an instant; undefined when nothing was typed. */
export function todayAt(text: string | undefined): string | undefined {
  const m = CLOCK.exec((text ?? '').trim());
  if (!m) return undefined;
  return dayjs().hour(Number(m[1])).minute(Number(m[2])).second(0).millisecond(0).toISOString();
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:：](\d{2})$/;

/** A typed local date and time (YYYY-MM-DD HH:mm), as an instant; null when it is not one. */
export function parseStamp(text: string): string | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const d = dayjs(`${m[1]}-${m[2]}-${m[3]}T${m[4]!.padStart(2, '0')}:${m[5]}:00`);
  return d.isValid() && d.format('YYYY-MM-DD') === `${m[1]}-${m[2]}-${m[3]}` ? d.toISOString() : null;
}

/** An instant as a local date and time to type over (YYYY-MM-DD HH:mm). */
export function stampOf(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}
