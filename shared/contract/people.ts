import { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * What the people registers (attendance, outings, roster, checks) share: who they are for, a
 * month, a clock time. The registers' own calls are in attendance.ts, outings.ts, roster.ts and
 * checks.ts.
 */

/** Everyone who works at the office clocks in, goes out and is rostered; the admin sets up the app. */
export const STAFF_ROLES = [
  'receptionist',
  'assistant',
  'consultant',
  'deputy',
  'manager',
  'cashier',
] as const satisfies readonly Role[];

/** The 专案: the project manager and the deputy. */
export const MANAGING_ROLES = ['manager', 'deputy'] as const satisfies readonly Role[];

/** A calendar month, YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** A wall-clock time of the desk, HH:MM. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** A shift as it was rostered: its name and its times on that day (an end at or before the start is the next day). */
export const rosteredShiftSchema = z.object({
  name: z.string(),
  start: clockTimeSchema,
  end: clockTimeSchema,
});
export type RosteredShift = z.infer<typeof rosteredShiftSchema>;

/** A note or a reason typed by a person. */
export const reasonSchema = z.string().trim().min(2).max(200);
