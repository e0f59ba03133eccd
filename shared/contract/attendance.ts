import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema, secretSchema } from './common';
import { exportFileSchema } from './exports';
import { MANAGING_ROLES, monthSchema, reasonSchema, rosteredShiftSchema, STAFF_ROLES } from './people';
import { ATTENDANCE_DAY_STATES, PUNCH_KINDS } from '../domain/vocab';

/**
 * Attendance 签到签退 (000:647, 705, 735; 004:689-691, 719): each person clocks in and out at the
 * desk PC with their own PIN — never for someone else (代签 fines both, 000:705, so an attempt
 * is recorded); late and early against the roster; corrections by the manager, with a reason,
 * appended; the monthly 考勤表.
 */

/** One person's working day: the roster, the clockings in force, late and early minutes. */
export const attendanceDaySchema = z.object({
  userId: idSchema,
  name: z.string(),
  date: businessDateSchema,
  shift: rosteredShiftSchema.nullable(),
  rest: z.boolean(),
  lunchCover: z.boolean(),
  in: instantSchema.nullable(),
  out: instantSchema.nullable(),
  /** The time in force was set by the manager's correction. */
  inCorrected: z.boolean(),
  outCorrected: z.boolean(),
  lateMinutes: z.number().int(),
  earlyMinutes: z.number().int(),
  /** From clock-in to clock-out; null until both are there. */
  workedMinutes: z.number().int().nullable(),
  state: z.enum(ATTENDANCE_DAY_STATES),
});
export type AttendanceDay = z.infer<typeof attendanceDaySchema>;

export const attendanceCorrectionSchema = z.object({
  kind: z.enum(PUNCH_KINDS),
  /** What stood before the correction, and what stands now (null: removed). */
  from: instantSchema.nullable(),
  to: instantSchema.nullable(),
  reason: z.string(),
  by: z.string(),
  at: instantSchema,
});

export const attendanceMonthDaySchema = attendanceDaySchema.extend({
  weekday: z.number().int().min(0).max(6),
  outings: z.array(
    z.object({
      leftAt: instantSchema,
      backAt: instantSchema.nullable(),
      reason: z.string(),
      destination: z.string(),
      minutes: z.number().int(),
    }),
  ),
  corrections: z.array(attendanceCorrectionSchema),
  /** A 代签 attempt for or by this person that day (000:705: both are fined). */
  proxyAttempts: z.number().int(),
});
export type AttendanceMonthDay = z.infer<typeof attendanceMonthDaySchema>;

export const attendanceTotalsSchema = z.object({
  rosteredDays: z.number().int(),
  workedDays: z.number().int(),
  restDays: z.number().int(),
  absentDays: z.number().int(),
  lateCount: z.number().int(),
  lateMinutes: z.number().int(),
  earlyCount: z.number().int(),
  earlyMinutes: z.number().int(),
  missedOut: z.number().int(),
  outings: z.number().int(),
  outingMinutes: z.number().int(),
});
export type AttendanceTotals = z.infer<typeof attendanceTotalsSchema>;

export const attendanceMonthSchema = z.object({
  month: monthSchema,
  from: businessDateSchema,
  to: businessDateSchema,
  people: z.array(
    z.object({
      userId: idSchema,
      name: z.string(),
      days: z.array(attendanceMonthDaySchema),
      totals: attendanceTotalsSchema,
    }),
  ),
});
export type AttendanceMonth = z.infer<typeof attendanceMonthSchema>;

/** Whose clocking: the person named, proved by the PIN typed (theirs, never the signed-in user's). */
const punchInput = z.object({ userId: idSchema, secret: secretSchema }).strict();
const monthInput = z.object({ month: monthSchema, userId: idSchema.optional() }).strict();

export const attendance = {
  today: defineCall({
    summary: "Today's attendance board: everyone rostered or clocked in, their times, late and early",
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z.object({ date: businessDateSchema.optional() }).strict(),
    output: z.object({ date: businessDateSchema, people: z.array(attendanceDaySchema) }),
  }),
  clockIn: defineCall({
    summary:
      'A person clocks in with their own PIN (签到); someone else’s PIN is refused and recorded (代签)',
    access: 'signedIn',
    mutates: true,
    input: punchInput,
    output: attendanceDaySchema,
  }),
  clockOut: defineCall({
    summary: 'A person clocks out with their own PIN (签退)',
    access: 'signedIn',
    mutates: true,
    input: punchInput,
    output: attendanceDaySchema,
  }),
  correct: defineCall({
    summary: 'The manager corrects a clocking (sets or removes it) with a reason; the original stays',
    access: ['manager'],
    mutates: true,
    input: z
      .object({
        userId: idSchema,
        workDate: businessDateSchema,
        kind: z.enum(PUNCH_KINDS),
        /** The time that stands from now on; null removes the clocking. */
        at: instantSchema.nullable(),
        reason: reasonSchema,
      })
      .strict(),
    output: attendanceDaySchema,
  }),
  month: defineCall({
    summary: 'The monthly 考勤表: per person and day the times, late and early minutes, outings, absences',
    access: MANAGING_ROLES,
    mutates: false,
    kept: true,
    input: monthInput,
    output: attendanceMonthSchema,
  }),
  exportMonth: defineCall({
    summary: 'The monthly 考勤表 as .xlsx (base64): one line per person and day, and the totals',
    access: MANAGING_ROLES,
    mutates: false,
    input: monthInput,
    output: exportFileSchema,
  }),
  flagMissed: defineCall({
    summary: 'Flag each clock-in of an earlier day left without a clock-out, once, to the manager',
    access: [...STAFF_ROLES],
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ flagged: z.number().int() }),
  }),
};
