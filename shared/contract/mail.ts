import { z } from 'zod';
import { defineCall } from './define';
import { countersignSchema, idSchema, personNameSchema } from './common';
import { LEFT_ITEM_KINDS, MAIL_KINDS, OWNER_MAIL_KINDS } from '../domain/vocab';

/**
 * What waits at the desk for someone, kept until handed out and checked at every handover: owner
 * mail 信、报、刊 (000:619), and items a person left to be kept (寄存) or passed on (转交), which
 * the desk takes only with the 客务主管's or the manager's approval (000:615).
 */
export { LEFT_ITEM_KINDS, MAIL_KINDS, OWNER_MAIL_KINDS };
const MAIL_ROLES = ['receptionist', 'assistant'] as const;
const READ_ROLES = ['receptionist', 'assistant', 'manager', 'deputy', 'admin'] as const;

export const mailSchema = z.object({
  id: idSchema,
  recipient: z.string(),
  kind: z.enum(MAIL_KINDS),
  count: z.number().int(),
  note: z.string().nullable(),
  receivedBy: z.string(),
  receivedAt: z.string(),
  handedTo: z.string().nullable(),
  handedOutBy: z.string().nullable(),
  handedOutAt: z.string().nullable(),
  /** An item left for someone: who left it at the desk, and who approved keeping it. */
  leftBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
});
export type MailView = z.infer<typeof mailSchema>;

export const mail = {
  list: defineCall({
    summary: 'The mail register: what waits at the desk, or everything',
    access: READ_ROLES,
    mutates: false,
    kept: true,
    input: z.object({ includeHandedOut: z.boolean().default(false) }).strict(),
    output: z.array(mailSchema),
  }),
  receive: defineCall({
    summary: 'Log owner mail that arrived at the desk',
    access: MAIL_ROLES,
    mutates: true,
    input: z
      .object({
        recipient: personNameSchema,
        kind: z.enum(OWNER_MAIL_KINDS),
        count: z.number().int().min(1).max(999).default(1),
        note: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    output: mailSchema,
  }),
  leaveItem: defineCall({
    summary:
      'An item left at the desk, kept for its owner (寄存) or to pass on (转交): the deputy or manager approves (000:615)',
    access: MAIL_ROLES,
    mutates: true,
    // The office has no 客务主管 role: the deputy (专案副理) stands in for that level, the manager
    // (部门经理) above it.
    countersign: { roles: ['deputy', 'manager'] },
    input: z
      .object({
        kind: z.enum(LEFT_ITEM_KINDS),
        /** Who brought it to the desk (for 寄存, usually its owner, who collects it again). */
        leftBy: personNameSchema,
        /** Who collects it (房号 姓名). */
        recipient: personNameSchema,
        description: z.string().trim().min(1).max(200),
        count: z.number().int().min(1).max(999).default(1),
        /** Optional here so that a missing approval is refused as such (COUNTERSIGN_REQUIRED). */
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: mailSchema,
  }),
  handOut: defineCall({
    summary: 'Record that waiting mail was handed to its owner (or someone for them)',
    access: MAIL_ROLES,
    mutates: true,
    input: z.object({ mailId: idSchema, handedTo: personNameSchema }).strict(),
    output: mailSchema,
  }),
};
