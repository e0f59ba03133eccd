import { z } from 'zod';
import { instantSchema } from './common';
import { deskCheckSchema } from './checks';
import { ATTENDANCE_DAY_STATES, OUTING_STATES } from '../domain/vocab';

/**
 * The day sheet's people sections (出勤, 外出, 开/闭店检查), as the attendance, outings and checks
 * registers recorded them by the end of the business date: the .xlsx, the print page and the CLI
 * render this part of the DaySheet like the rest.
 */
export const sheetAttendanceSchema = z.object({
  name: z.string(),
  /** The shift rostered, as 白班 08:30–17:30; null when none. */
  shift: z.string().nullable(),
  in: instantSchema.nullable(),
  out: instantSchema.nullable(),
  lateMinutes: z.number().int(),
  earlyMinutes: z.number().int(),
  state: z.enum(ATTENDANCE_DAY_STATES),
  corrected: z.boolean(),
});

export const sheetOutingSchema = z.object({
  name: z.string(),
  reason: z.string(),
  destination: z.string(),
  leftAt: instantSchema,
  expectedBack: instantSchema,
  backAt: instantSchema.nullable(),
  lateMinutes: z.number().int(),
  approvedBy: z.string(),
  state: z.enum(OUTING_STATES),
  /** The deputy's acts for this manager while out, each marked 代. */
  standIns: z.number().int(),
});

export const peopleSheetSchema = z.object({
  attendance: z.array(sheetAttendanceSchema),
  outings: z.array(sheetOutingSchema),
  /** The checks in force for the date (the opening and the closing), when signed. */
  checks: z.array(deskCheckSchema),
  /** 代签 attempts refused that day (000:705). */
  proxyAttempts: z.number().int(),
});
export type PeopleSheet = z.infer<typeof peopleSheetSchema>;
