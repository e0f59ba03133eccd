import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema } from './common';
import { AUDIT_OUTCOMES, SEAL_UNAVAILABLE, WITNESS_KINDS, WITNESS_VERDICTS } from '../domain/vocab';

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

/** One witness held against the ledger: does the chain still hold the head it recorded? */
export const witnessVerdictSchema = z.object({
  kind: z.enum(WITNESS_KINDS),
  /** Names the witness: the backup file and its folder, the fingerprint as typed, … */
  label: z.string(),
  auditId: z.number().int(),
  fingerprint: z.string(),
  verdict: z.enum(WITNESS_VERDICTS),
  /** The first audit row at which the ledger disagrees, when the witness can tell. */
  firstBadId: z.number().int().nullable(),
  detail: z.string(),
});
export type WitnessVerdict = z.infer<typeof witnessVerdictSchema>;

export const sealSummarySchema = z.object({
  checked: z.boolean(),
  unavailable: z.enum(SEAL_UNAVAILABLE).nullable(),
  /** The id (not secret) of this installation's key, when it was used. */
  keyId: z.string().nullable(),
  sealed: z.number().int(),
  /** Rows written before sealing began, with no seal (and none expected). */
  legacy: z.number().int(),
  legacyThrough: z.number().int().nullable(),
  /** Rows sealed with a key this installation does not hold (written on another PC). */
  foreign: z.number().int(),
  /** This installation's record: it sealed every row of this ledger from this id on. */
  sealedFrom: z.number().int().nullable(),
});
export type SealSummary = z.infer<typeof sealSummarySchema>;

/**
 * The fingerprint 台账指纹 a day sheet prints beside its signatures: the chain's head as the
 * date's close recorded it, or, for a date not closed, as it was when the sheet was made.
 */
export const sheetFingerprintSchema = z.object({
  text: z.string(),
  asOf: z.enum(['close', 'export']),
});
export type SheetFingerprint = z.infer<typeof sheetFingerprintSchema>;

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  auditRows: z.number().int(),
  ledgerRows: z.number().int(),
  /**
   * The first problem found, naming the table and row, and the witness that caught it when the
   * ledger is consistent in itself but not with something outside it; null when all is well.
   */
  firstProblem: z
    .object({
      table: z.string(),
      rowId: z.number().int(),
      problem: z.string(),
      witness: z.string().optional(),
    })
    .nullable(),
  integrity: z.string(),
  /** The chain's head now, as its fingerprint 台账指纹; null for a ledger with no audit row. */
  head: z.object({ auditId: z.number().int(), hash: z.string(), fingerprint: z.string() }).nullable(),
  seals: sealSummarySchema,
  witnesses: z.array(witnessVerdictSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const audit = {
  list: defineCall({
    summary: 'The audit trail, newest first',
    access: ['admin', 'manager'],
    mutates: false,
    kept: true,
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
    summary:
      'Check SQLite integrity, the audit hash chain, its seals and its witnesses (backup heads, printed fingerprints); names the first bad row',
    access: ['admin', 'manager'],
    mutates: false,
    input: z
      .object({
        /** Fingerprints 台账指纹 copied from printed day sheets, as typed. */
        witnesses: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
      })
      .strict(),
    output: verifyReportSchema,
  }),
};
