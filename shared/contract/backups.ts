import { z } from 'zod';
import { defineCall } from './define';

export const backupSchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  bytes: z.number().int(),
  reason: z.string(),
  /** The fingerprint 台账指纹 of the chain's head the backup holds (its head file); null if none. */
  fingerprint: z.string().nullable(),
  /** A copy is also in the second backup folder. */
  inSecondFolder: z.boolean(),
});
export type BackupView = z.infer<typeof backupSchema>;

export const backupListSchema = z.object({
  backups: z.array(backupSchema),
  /** The second backup folder of the settings, and whether it can be reached now; null if none. */
  secondFolder: z.object({ dir: z.string(), reachable: z.boolean() }).nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

const backupName = z.string().regex(/^sitedesk-\d{8}T\d{6}-[\w-]+\.sqlite$/, 'a backup file name');

export const backups = {
  list: defineCall({
    summary:
      'The backups in the data folder, newest first, with their head fingerprints and the second folder',
    access: ['admin'],
    mutates: false,
    input: z.object({}).strict(),
    output: backupListSchema,
  }),
  create: defineCall({
    summary: 'Take a verified backup now (also into the second folder when one is set)',
    access: ['admin'],
    mutates: false,
    input: z.object({}).strict(),
    output: backupSchema,
  }),
  restore: defineCall({
    summary:
      'Replace the ledger with a backup that verifies (the current one is kept); everyone signs in again',
    access: ['admin'],
    mutates: true,
    input: z.object({ name: backupName }).strict(),
    output: backupSchema,
  }),
};
