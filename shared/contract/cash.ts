import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema } from './common';
import { CASH_TRANSFER_KINDS, CASH_VARIANCE_DECISIONS, CASH_VARIANCE_OCCASIONS } from '../domain/vocab';

/** Ticket cash in custody (SPEC §6): balances per person, transfers, the change float 备用金. */

const HOLDERS = ['receptionist', 'assistant', 'manager', 'cashier', 'admin'] as const;
export const DEFAULT_DESK = 'front';

export const balanceSchema = z.object({ userId: idSchema, name: z.string(), balanceFen: z.number().int() });
export const floatSchema = z.object({ desk: z.string(), floatFen: z.number().int() });

export const transferSchema = z.object({
  id: idSchema,
  at: z.string(),
  businessDate: z.string(),
  kind: z.enum(CASH_TRANSFER_KINDS),
  fromId: idSchema,
  fromName: z.string(),
  toId: idSchema,
  toName: z.string(),
  expectedFen: z.number().int(),
  amountFen: z.number().int(),
  varianceFen: z.number().int(),
  explanation: z.string().nullable(),
});
export type TransferView = z.infer<typeof transferSchema>;

/**
 * A cash variance 长短款: found when cash was counted (a handover, a hand-in to the cashier),
 * `amountFen` = counted − expected (below zero a shortfall), and the manager's decision once made.
 */
export const varianceSchema = z.object({
  id: idSchema,
  at: z.string(),
  businessDate: z.string(),
  occasion: z.enum(CASH_VARIANCE_OCCASIONS),
  holderId: idSchema,
  holderName: z.string(),
  foundByName: z.string(),
  expectedFen: z.number().int(),
  countedFen: z.number().int(),
  amountFen: z.number().int(),
  explanation: z.string(),
  decision: z.enum(CASH_VARIANCE_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type VarianceView = z.infer<typeof varianceSchema>;

export const cash = {
  balances: defineCall({
    summary: 'Ticket cash held per person and the change floats (managers and cashiers see everyone)',
    access: HOLDERS,
    mutates: false,
    kept: true,
    input: z.object({ asOf: instantSchema.optional(), businessDate: businessDateSchema.optional() }).strict(),
    output: z.object({
      people: z.array(balanceSchema),
      floats: z.array(floatSchema),
      totalFen: z.number().int(),
    }),
  }),
  transfers: defineCall({
    summary: 'The history of ticket-cash hand-overs, newest first',
    access: HOLDERS,
    mutates: false,
    kept: true,
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(transferSchema),
  }),
  transfer: defineCall({
    summary: 'Hand ticket cash to a receptionist, who countersigns with a PIN in the same dialog',
    access: ['receptionist', 'assistant'],
    mutates: true,
    input: z
      .object({ amountFen: z.number().int().positive().max(100_000_000), countersign: countersignSchema })
      .strict(),
    output: transferSchema,
  }),
  handToCashier: defineCall({
    summary: "Hand all of one's ticket cash to the cashier, counted; the cashier countersigns",
    access: ['receptionist'],
    mutates: true,
    countersign: { roles: ['cashier'] },
    input: z
      .object({
        countedFen: z.number().int().min(0).max(100_000_000),
        explanation: z.string().trim().min(1).max(200).optional(),
        countersign: countersignSchema,
      })
      .strict(),
    output: transferSchema,
  }),
  variances: defineCall({
    summary: 'Cash variances found at handovers and hand-ins, newest first (others see their own)',
    access: HOLDERS,
    mutates: false,
    kept: true,
    input: z
      .object({
        businessDate: businessDateSchema.optional(),
        undecided: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(varianceSchema),
  }),
  decideVariance: defineCall({
    summary: 'The manager decides a cash variance: charged to the person or written off, with the reason',
    access: ['manager'],
    mutates: true,
    input: z
      .object({
        varianceId: idSchema,
        decision: z.enum(CASH_VARIANCE_DECISIONS),
        reason: z.string().trim().min(1).max(200),
      })
      .strict(),
    output: varianceSchema,
  }),
  setFloat: defineCall({
    summary: "Set a desk's change float 备用金 (never handed to the cashier)",
    access: ['manager', 'admin'],
    mutates: true,
    input: z
      .object({
        desk: z.string().trim().min(1).max(20).default(DEFAULT_DESK),
        amountFen: z.number().int().min(0).max(100_000_000),
        reason: z.string().trim().min(1).max(200),
      })
      .strict(),
    output: floatSchema,
  }),
};
