import { z } from 'zod';
import { defineCall } from './define';
import { emptyInput, instantSchema } from './common';
import { OFFICE_ID_PATTERN } from '../domain/officeId';
import { SYNC_STATES } from '../domain/vocab';

/**
 * The office's side of the group headquarters (SPEC §13). The desk sends its audit chain to
 * HQ's PostgreSQL by itself, in the background, whenever a connection to HQ is set up (kept
 * outside the ledger: see electron/core/sync/connection.ts); these calls show where that stands
 * and give an office its id at HQ.
 */
export const officeIdSchema = z
  .string()
  .regex(OFFICE_ID_PATTERN, 'lowercase letters, digits and hyphens, 2–32, starting with a letter or digit');

/** HQ's acknowledged head: the last entry HQ said it holds, with its hash (a tamper witness). */
export const acknowledgedHeadSchema = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string(),
  /** The hash's first 16 hex digits in groups of 4, as a person compares it. */
  fingerprint: z.string(),
  at: instantSchema,
});

export const syncStatusSchema = z.object({
  officeId: z.string().nullable(),
  /** Whether a connection to HQ is set up (a file beside the ledger, or SITEDESK_HQ_URL). */
  configured: z.boolean(),
  connection: z.enum(['file', 'environment']).nullable(),
  /** A connection file others than its owner may read is not used. */
  connectionProblem: z.string().nullable(),
  acknowledged: acknowledgedHeadSchema.nullable(),
  /**
   * What in the ledger disagrees with HQ's acknowledged head (that audit row gone, or another
   * hash there: the ledger was cut short or rewritten since HQ took it); null when it agrees.
   */
  witnessProblem: z.string().nullable(),
  /** The ledger's last audit row. */
  localSeq: z.number().int().nonnegative(),
  /** Entries HQ has not acknowledged yet. */
  backlog: z.number().int().nonnegative(),
  lastRun: z
    .object({
      at: instantSchema,
      state: z.enum(SYNC_STATES),
      detail: z.string().nullable(),
      sent: z.number().int().nonnegative(),
      accepted: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const sync = {
  status: defineCall({
    summary: "Where the sync with headquarters stands: the office id, HQ's acknowledged head, the backlog",
    access: ['admin', 'manager'],
    mutates: false,
    input: emptyInput,
    output: syncStatusSchema,
  }),
  noteRefusal: defineCall({
    summary: 'Tell the administrator and the manager when headquarters refused this ledger (once each)',
    access: ['admin'],
    mutates: true,
    background: true,
    input: emptyInput,
    output: z.object({ notified: z.boolean() }),
  }),
  setOfficeId: defineCall({
    summary: 'Give a ledger made before office ids its id at headquarters (once; it never changes)',
    access: ['admin'],
    mutates: true,
    input: z.object({ officeId: officeIdSchema }).strict(),
    output: z.object({ officeId: z.string() }),
  }),
};
