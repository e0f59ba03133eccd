import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, personNameSchema } from './common';
import { MAIL_KINDS } from '../domain/vocab';

/** Owner mail 信、报、刊 kept at the desk until handed out (000:617); checked at every handover. */
export { MAIL_KINDS };
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
});
export type MailView = z.infer<typeof mailSchema>;

export const mail = {
  list: defineCall({
    summary: 'The mail register: what waits at the desk, or everything',
    access: READ_ROLES,
    mutates: false,
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
        kind: z.enum(MAIL_KINDS),
        count: z.number().int().min(1).max(999).default(1),
        note: z.string().trim().min(1).max(200).optional(),
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
