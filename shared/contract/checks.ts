import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema, secretSchema } from './common';
import { reasonSchema } from './people';
import { DESK_CHECK_KINDS } from '../domain/vocab';

/**
 * Opening and closing checks 开/闭店检查 (004:211-223; 000:625, 727, 735): the checklist of the
 * settings, each item ticked or left with a note, signed with the signer's own PIN. The first
 * receptionist signs the opening check; the closing check is a step of the day close.
 */

export const deskCheckSchema = z.object({
  id: idSchema,
  kind: z.enum(DESK_CHECK_KINDS),
  date: businessDateSchema,
  /** 1 for the first check of the date, then each check again (with its reason). */
  version: z.number().int(),
  signedBy: z.string(),
  at: instantSchema,
  reason: z.string().nullable(),
  items: z.array(z.object({ name: z.string(), ticked: z.boolean(), note: z.string().nullable() })),
  unticked: z.number().int(),
});
export type DeskCheckView = z.infer<typeof deskCheckSchema>;

export const checkDaySchema = z.object({
  date: businessDateSchema,
  /** The checks in force (the latest version of each). */
  opening: deskCheckSchema.nullable(),
  closing: deskCheckSchema.nullable(),
  /** Every version, oldest first. */
  history: z.array(deskCheckSchema),
  /** The checklists of the settings, to check now. */
  openingList: z.array(z.string()),
  closingList: z.array(z.string()),
});
export type CheckDay = z.infer<typeof checkDaySchema>;

export const checks = {
  day: defineCall({
    summary: "A date's opening and closing checks, and the checklists to check",
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z.object({ date: businessDateSchema.optional() }).strict(),
    output: checkDaySchema,
  }),
  sign: defineCall({
    summary: 'Sign the opening or closing check: every item ticked or noted, the signer’s own PIN',
    access: ['receptionist', 'assistant', 'manager', 'deputy'],
    mutates: true,
    input: z
      .object({
        kind: z.enum(DESK_CHECK_KINDS),
        /** The date checked; the desk's business date when left out (a closing check may be for an earlier open date). */
        date: businessDateSchema.optional(),
        items: z
          .array(
            z
              .object({
                name: z.string().trim().min(1).max(40),
                ticked: z.boolean(),
                note: z.string().trim().min(1).max(200).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(30),
        signer: z.object({ userId: idSchema, secret: secretSchema }).strict(),
        /** Why the date is checked again (required for a second check of the same kind). */
        reason: reasonSchema.optional(),
      })
      .strict(),
    output: deskCheckSchema,
  }),
};
