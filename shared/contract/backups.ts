import { z } from 'zod';
import { defineCall } from './define';

export const backupSchema = z.object({
  name: z.string(),
  takenAt: z.string(),
  bytes: z.number().int(),
  reason: z.string(),
});
export type BackupView = z.infer<typeof backupSchema>;

const backupName = z.string().regex(/^sitedesk-\d{8}T\d{6}-[\w-]+\.sqlite$/, 'a backup file name');

export const backups = {
  list: defineCall({
    summary: 'The backups in the data folder, newest first',
    access: ['admin'],
    mutates: false,
    input: z.object({}).strict(),
    output: z.array(backupSchema),
  }),
  create: defineCall({
    summary: 'Take a verified backup now',
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
