import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema } from './common';
import { customerSchema } from './customers';

export const callSchema = z.object({
  id: idSchema,
  at: instantSchema,
  businessDate: businessDateSchema,
  customer: customerSchema,
  channel: z.string(),
  returning: z.boolean(),
  answeredById: idSchema,
  answeredBy: z.string(),
  /** The owner consultant the caller was handed to, when known. */
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  topic: z.string().nullable(),
  invitedFor: businessDateSchema.nullable(),
  recordedBy: z.string(),
});
export type CallView = z.infer<typeof callSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;

export const calls = {
  record: defineCall({
    summary: 'Log a call (来电登记); a returning caller is handed to their owner consultant',
    access: DESK,
    mutates: true,
    input: z
      .object({
        callerName: text(40),
        phone: z.string().trim().max(30).optional(),
        at: instantSchema.optional(),
        channel: text(20),
        /** Who answered; by default the owner for a returning caller, else the person logging. */
        answeredById: idSchema.optional(),
        topic: text(200).optional(),
        invitedFor: businessDateSchema.optional(),
      })
      .strict(),
    output: callSchema,
  }),
  day: defineCall({
    summary: "A day's calls",
    access: [...DESK, 'consultant'],
    mutates: false,
    kept: true,
    input: z.object({ date: businessDateSchema.optional() }).strict(),
    output: z.object({ date: businessDateSchema, calls: z.array(callSchema) }),
  }),
};
