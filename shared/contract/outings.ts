import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema, secretSchema } from './common';
import { reasonSchema, STAFF_ROLES } from './people';
import { OUTING_STATES } from '../domain/vocab';

/**
 * Outings 外出登记 (000:743-751; 004:337 rule 3, 707): reason, where, expected return, approved by
 * the manager in the same dialog (the manager's own by the deputy); the return recorded with the
 * person's own PIN; an overdue return told to the manager. An approved outing marks a consultant
 * away in the day's rotation and the return marks them back.
 */

export const outingSchema = z.object({
  id: idSchema,
  userId: idSchema,
  name: z.string(),
  reason: z.string(),
  destination: z.string(),
  leftAt: instantSchema,
  expectedBack: instantSchema,
  /** The return in force (a corrected one when the manager corrected it). */
  backAt: instantSchema.nullable(),
  state: z.enum(OUTING_STATES),
  /** Minutes past the expected return: at the return, or until now while still out. */
  lateMinutes: z.number().int(),
  overdue: z.boolean(),
  approvedBy: z.string(),
  recordedBy: z.string(),
  cancelReason: z.string().nullable(),
  corrections: z.array(
    z.object({ at: instantSchema, by: z.string(), backAt: instantSchema, reason: z.string() }),
  ),
  /** What the deputy did for the manager while this manager was out, each marked 代 (000:629). */
  standIns: z.array(z.object({ at: instantSchema, deputy: z.string(), act: z.string() })),
});
export type OutingView = z.infer<typeof outingSchema>;

const outingRef = { outingId: idSchema };

export const outings = {
  list: defineCall({
    summary: 'Who is out now, and the outings that left in a range of business dates',
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z
      .object({
        from: businessDateSchema.optional(),
        to: businessDateSchema.optional(),
        userId: idSchema.optional(),
      })
      .strict(),
    output: z.object({ out: z.array(outingSchema), outings: z.array(outingSchema) }),
  }),
  record: defineCall({
    summary:
      'Record an outing (事由, 去处, expected return), approved by the manager’s PIN in the same dialog',
    access: [...STAFF_ROLES],
    mutates: true,
    input: z
      .object({
        userId: idSchema,
        reason: z.string().trim().min(2).max(100),
        destination: z.string().trim().min(1).max(100),
        /** When the person expects to be back; or `backInMinutes`, counted from the desk's clock. */
        expectedBack: instantSchema.optional(),
        backInMinutes: z.number().int().min(1).max(1440).optional(),
        /** The approver, when it is not the signed-in person. */
        countersign: countersignSchema.optional(),
      })
      .strict()
      .refine((v) => (v.expectedBack === undefined) !== (v.backInMinutes === undefined), {
        message: 'expectedBack or backInMinutes, one of them',
      }),
    output: outingSchema,
  }),
  return: defineCall({
    summary: 'The person is back: recorded with their own PIN (not needed when they are the one signed in)',
    access: [...STAFF_ROLES],
    mutates: true,
    input: z.object({ ...outingRef, secret: secretSchema.optional() }).strict(),
    output: outingSchema,
  }),
  cancel: defineCall({
    summary: 'The manager cancels an outing recorded by mistake, with the reason',
    access: ['manager'],
    mutates: true,
    input: z.object({ ...outingRef, reason: reasonSchema }).strict(),
    output: outingSchema,
  }),
  correctReturn: defineCall({
    summary: 'The manager corrects a return time, with the reason; the recorded one stays',
    access: ['manager'],
    mutates: true,
    input: z.object({ ...outingRef, backAt: instantSchema, reason: reasonSchema }).strict(),
    output: outingSchema,
  }),
  flagOverdue: defineCall({
    summary: 'Tell the manager of each outing past its expected return, once per outing',
    access: [...STAFF_ROLES],
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ overdue: z.number().int(), posted: z.number().int() }),
  }),
};
