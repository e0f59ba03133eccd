import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, instantSchema } from './common';
import { holdReasonSchema } from './holdViews';
import { BOARD_VISIBILITIES, HOLD_VIEW_LEVELS } from '../domain/vocab';

/**
 * Who may read the 销控 (000:719-721 rules 37-38, 000:629-637): the manager and deputy, and
 * whoever they authorise for a period; everyone else asks about one named unit at a time.
 */

/** The longest a person is authorised to read the board at one time. */
export const MAX_GRANT_DAYS = 92;

export const boardGrantSchema = z.object({
  id: idSchema,
  granteeId: idSchema,
  granteeName: z.string(),
  grantedByName: z.string(),
  from: z.string(),
  until: z.string(),
  reason: z.string(),
  at: z.string(),
  revoked: z.object({ at: z.string(), byName: z.string(), reason: z.string().nullable() }).nullable(),
  /** In force now: begun, not yet ended, not revoked. */
  active: z.boolean(),
});
export type BoardGrant = z.infer<typeof boardGrantSchema>;

export const inquirySchema = z.object({
  id: idSchema,
  at: z.string(),
  askedByName: z.string(),
  unitLabel: z.string(),
  free: z.boolean(),
});
export type InquiryView = z.infer<typeof inquirySchema>;

const MANAGERS = ['manager', 'deputy'] as const;

export const holdAccessCalls = {
  access: defineCall({
    summary: 'What the signed-in person may read of the 销控: all, the status colours, or their own holds',
    access: ['consultant', 'receptionist', 'assistant', 'deputy', 'manager', 'cashier'],
    background: true,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({
      level: z.enum(HOLD_VIEW_LEVELS),
      boardVisibility: z.enum(BOARD_VISIBILITIES),
      /** The end of the period the person was authorised for, when that is why they read it all. */
      grantUntil: z.string().nullable(),
    }),
  }),
  ask: defineCall({
    summary: 'Is this unit free? Answers free or not, never who or why; the question is recorded',
    access: ['consultant', 'receptionist', 'assistant', 'deputy', 'manager'],
    mutates: true,
    input: z.object({ unitId: idSchema }).strict(),
    output: z.object({ unitId: idSchema, unitLabel: z.string(), free: z.boolean(), at: z.string() }),
  }),
  inquiries: defineCall({
    summary: 'Who asked whether which unit was free, and the answer given, newest first',
    access: MANAGERS,
    mutates: false,
    kept: true,
    input: z
      .object({ beforeId: idSchema.optional(), limit: z.number().int().min(1).max(500).default(100) })
      .strict(),
    output: z.array(inquirySchema),
  }),
  grants: defineCall({
    summary: 'Who is or was authorised to read the 销控, by whom, for which period and why',
    access: MANAGERS,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(boardGrantSchema),
  }),
  grant: defineCall({
    summary: 'Authorise a person to read the board and the register for a period, with the reason',
    access: MANAGERS,
    mutates: true,
    input: z
      .object({
        userId: idSchema,
        /** Now when left out. */
        from: instantSchema.optional(),
        until: instantSchema,
        reason: holdReasonSchema,
      })
      .strict(),
    output: boardGrantSchema,
  }),
  revoke: defineCall({
    summary: "End a person's authorisation before its time",
    access: MANAGERS,
    mutates: true,
    input: z.object({ grantId: idSchema, reason: holdReasonSchema.optional() }).strict(),
    output: boardGrantSchema,
  }),
};
