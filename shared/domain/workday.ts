import type { AttendanceDayState } from './vocab/people';

/**
 * A person's working day, from the roster and the clockings: when the shift starts and ends, how
 * late and how early, and where the day stands. Pure, so the attendance board, the 考勤表 and
 * the day sheet all say the same. Times are the desk's local wall clock (tests pin
 * TZ=Asia/Shanghai); a shift ending at or before its start ends the next day (the late shift).
 */

export interface ShiftTimes {
  start: string; // HH:MM
  end: string; // HH:MM
}

const MINUTE = 60_000;

/** The instant of a wall-clock time on a date, in the desk's time zone. */
export function atLocal(date: string, hhmm: string, plusDays = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d + plusDays, h, min);
}

/** When a shift rostered on `date` starts and ends. */
export function shiftWindow(date: string, shift: ShiftTimes): { start: Date; end: Date } {
  const overnight = shift.end <= shift.start;
  return { start: atLocal(date, shift.start), end: atLocal(date, shift.end, overnight ? 1 : 0) };
}

/** Whole minutes from `from` to `to` (0 when `to` is not after `from`). */
export function wholeMinutes(from: Date | string, to: Date | string): number {
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return ms > 0 ? Math.floor(ms / MINUTE) : 0;
}

/** Day of the week of a date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/** The Friday before the week (Monday to Sunday) holding `date`: when its rest days are decided. */
export function fridayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const back = (weekdayOf(date) + 6) % 7; // days since Monday
  const friday = new Date(y, m - 1, d - back - 3);
  return `${friday.getFullYear()}-${String(friday.getMonth() + 1).padStart(2, '0')}-${String(friday.getDate()).padStart(2, '0')}`;
}

/** Every date of a month YYYY-MM, in order. */
export function datesOfMonth(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(y, m, 0).getDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

export interface WorkdayInput {
  date: string;
  /** The desk's clock date now (the business date the clock is in). */
  today: string;
  now: Date;
  shift: ShiftTimes | null;
  rest: boolean;
  in: string | null;
  out: string | null;
  /** Minutes after the shift's start before a clock-in counts as late. */
  lateGraceMinutes: number;
}

export interface Workday {
  lateMinutes: number;
  earlyMinutes: number;
  workedMinutes: number | null;
  state: AttendanceDayState;
}

/**
 * Late: clocked in more than the grace after the shift started (the whole minutes after the
 * start are counted). Early: clocked out before the shift ended. A rostered day with no clock-in
 * is absent once it has passed (its shift over, or a later date come); a clock-in without a
 * clock-out is missed once the date has passed.
 */
export function workday(w: WorkdayInput): Workday {
  const window = w.shift ? shiftWindow(w.date, w.shift) : null;
  const late = window && w.in ? wholeMinutes(window.start, w.in) : 0;
  const lateMinutes = late > w.lateGraceMinutes ? late : 0;
  const earlyMinutes = window && w.out ? wholeMinutes(w.out, window.end) : 0;
  const workedMinutes = w.in && w.out ? wholeMinutes(w.in, w.out) : null;
  return { lateMinutes, earlyMinutes, workedMinutes, state: stateOf(w, window) };
}

function stateOf(w: WorkdayInput, window: { start: Date; end: Date } | null): AttendanceDayState {
  const passed = w.date < w.today;
  if (w.in || w.out) {
    if (w.in && w.out) return 'worked';
    if (w.out) return 'worked'; // a clock-in taken back by a correction: the day was still worked
    return passed ? 'missed_out' : 'on_duty';
  }
  if (window) return passed || (w.date === w.today && w.now >= window.end) ? 'absent' : 'expected';
  return w.rest ? 'rest' : 'none';
}
