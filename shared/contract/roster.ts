import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema } from './common';
import { MANAGING_ROLES, monthSchema, rosteredShiftSchema, STAFF_ROLES } from './people';
import { ROSTER_DUTIES } from '../domain/vocab';
import { roleSchema } from './common';

/**
 * The duty roster 排班 (000:729-741; 004:341): the 专案 sets the month — who works which shift,
 * the rest days (Monday to Friday, decided by the Friday before), who stays at the counter over
 * lunch. Each cell is the latest entry set for it; earlier ones stay in the ledger.
 */

export const rosterCellSchema = z.object({
  date: businessDateSchema,
  duty: z.enum(['shift', 'rest']).nullable(),
  shift: rosteredShiftSchema.nullable(),
  lunchCover: z.boolean(),
});
export type RosterCell = z.infer<typeof rosterCellSchema>;

export const rosterMonthSchema = z.object({
  month: monthSchema,
  days: z.array(
    z.object({
      date: businessDateSchema,
      weekday: z.number().int().min(0).max(6),
      /** The last day a rest on this date may be set or taken back (the Friday before); null: any time. */
      restDeadline: businessDateSchema.nullable(),
    }),
  ),
  /** The shifts of the settings, as they may be rostered now. */
  shifts: z.array(rosteredShiftSchema),
  people: z.array(
    z.object({
      userId: idSchema,
      name: z.string(),
      roles: z.array(roleSchema),
      cells: z.array(rosterCellSchema),
    }),
  ),
});
export type RosterMonth = z.infer<typeof rosterMonthSchema>;

export const rosterEntryInput = z
  .object({
    userId: idSchema,
    date: businessDateSchema,
    duty: z.enum(ROSTER_DUTIES),
    /** The shift's name (settings → shifts), for `shift`. */
    shift: z.string().trim().min(1).max(20).optional(),
    lunchCover: z.boolean().default(false),
  })
  .strict();

export const roster = {
  month: defineCall({
    summary: "A month's roster: each person's shift, rest day or nothing, and the lunch cover, by day",
    // The office's staff read it; the administrator sets the app up and has no place in it.
    access: [...STAFF_ROLES],
    mutates: false,
    kept: true,
    input: z.object({ month: monthSchema }).strict(),
    output: rosterMonthSchema,
  }),
  set: defineCall({
    summary: 'Set roster cells of a month (rest days Monday to Friday, decided by the Friday before)',
    access: MANAGING_ROLES,
    mutates: true,
    input: z
      .object({
        month: monthSchema,
        entries: z.array(rosterEntryInput).min(1).max(1000),
        /** The project manager, when the deputy gives someone two or more rest days in a row (000:741). */
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: rosterMonthSchema,
  }),
  checkLunchCover: defineCall({
    summary: 'During the lunch break, warn the manager once a day when nobody is at the counter',
    access: [...STAFF_ROLES],
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ covered: z.boolean().nullable(), posted: z.boolean() }),
  }),
};
