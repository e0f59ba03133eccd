import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema } from './common';
import { AUDIT_OUTCOMES } from '../domain/vocab';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  businessDate: z.string(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  countersignedBy: idSchema.nullable(),
  channel: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  summary: z.string(),
});

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  auditRows: z.number().int(),
  ledgerRows: z.number().int(),
  /** The first problem found, naming the table and row; null when the ledger is intact. */
  firstProblem: z.object({ table: z.string(), rowId: z.number().int(), problem: z.string() }).nullable(),
  integrity: z.string(),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const audit = {
  list: defineCall({
    summary: 'The audit trail, newest first',
    access: ['admin', 'manager'],
    mutates: false,
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        beforeId: idSchema.optional(),
        businessDate: businessDateSchema.optional(),
        channelPrefix: z.string().max(40).optional(),
      })
      .strict(),
    output: z.object({ entries: z.array(auditEntrySchema), hasMore: z.boolean() }),
  }),
  verify: defineCall({
    summary: 'Check SQLite integrity and the whole audit hash chain; names the first bad row',
    access: ['admin', 'manager'],
    mutates: false,
    input: z.object({}).strict(),
    output: verifyReportSchema,
  }),
};
