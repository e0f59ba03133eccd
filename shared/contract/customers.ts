import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, instantSchema } from './common';

/**
 * A customer as the viewer may see them: the phone is full only for managers and the owner
 * consultant, masked (138****5678) for everyone else (SPEC §2, 000:613).
 */
export const customerSchema = z.object({
  id: idSchema,
  name: z.string(),
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  anonymised: z.boolean(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  visits: z.number().int(),
  calls: z.number().int(),
  lastSeenAt: z.string().nullable(),
});
export type CustomerView = z.infer<typeof customerSchema>;

export const disputeSchema = z.object({
  claimId: idSchema,
  at: instantSchema,
  customer: customerSchema,
  claimantId: idSchema,
  claimantName: z.string(),
  visitId: idSchema.nullable(),
  note: z.string().nullable(),
  decision: z
    .object({
      ownerId: idSchema,
      ownerName: z.string(),
      reason: z.string(),
      at: instantSchema,
      by: z.string(),
    })
    .nullable(),
});
export type DisputeView = z.infer<typeof disputeSchema>;

const reasonSchema = z.string().trim().min(2).max(200);

/** Disputes are read a page at a time (open ones first, newest first); the page asks for more. */
export const DISPUTES_PAGE = 50;
const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;

export const customers = {
  search: defineCall({
    summary: 'Find customers by full phone number or by name (consultants: their own)',
    access: [...DESK, 'consultant'],
    mutates: false,
    kept: true,
    input: z.object({ query: z.string().trim().min(1).max(40) }).strict(),
    output: z.array(customerSchema),
  }),
  lookup: defineCall({
    summary: 'The customer a full phone number belongs to, with their owner consultant',
    access: [...DESK, 'consultant'],
    mutates: false,
    kept: true,
    input: z.object({ phone: z.string().trim().max(30) }).strict(),
    output: z.object({ phoneValid: z.boolean(), customer: customerSchema.nullable() }),
  }),
  claim: defineCall({
    summary: "A consultant's claim on a customer owned by someone else: raises a dispute",
    access: ['consultant'],
    mutates: true,
    input: z.object({ customerId: idSchema, note: reasonSchema }).strict(),
    output: disputeSchema,
  }),
  disputes: defineCall({
    summary: 'Ownership disputes (客户归属), open ones first, newest first, a page at a time',
    access: ['manager'],
    mutates: false,
    kept: true,
    input: z
      .object({
        includeDecided: z.boolean().default(false),
        /**
         * Only claims older than this one — the last line shown — so the next page follows on it
         * whatever was raised or decided meanwhile (an offset would skip a line for each decided).
         */
        beforeId: idSchema.optional(),
        limit: z.number().int().min(1).max(200).default(DISPUTES_PAGE),
        offset: z.number().int().min(0).max(1_000_000).default(0),
      })
      .strict(),
    output: z.array(disputeSchema),
  }),
  decide: defineCall({
    summary: 'The manager decides who owns a disputed customer, with a reason',
    access: ['manager'],
    mutates: true,
    input: z.object({ claimId: idSchema, ownerId: idSchema, reason: reasonSchema }).strict(),
    output: disputeSchema,
  }),
  anonymise: defineCall({
    summary: 'Erase names and phones of customers not seen for N months (counts stay)',
    access: ['manager'],
    mutates: true,
    input: z.object({ notSeenMonths: z.number().int().min(1).max(120) }).strict(),
    output: z.object({ anonymised: z.number().int(), before: z.string() }),
  }),
};
