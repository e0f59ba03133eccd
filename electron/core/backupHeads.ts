import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { formatFingerprint } from '../../shared/domain/fingerprint';

/**
 * The head file beside every backup: the audit chain's head as the backup holds it, so that the
 * backup folder (and the second one, on a USB stick or a share) witnesses the chain even if the
 * ledger and the backup itself are later rewritten together.
 */
export const HEAD_FORMAT = 'sitedesk-chain-head/1';

const headSchema = z
  .object({
    format: z.literal(HEAD_FORMAT),
    backup: z.string(),
    takenAt: z.string(),
    auditId: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    fingerprint: z.string(),
  })
  .strict();
export type BackupHead = z.infer<typeof headSchema>;

export function headFileOf(backupFile: string): string {
  return `${backupFile.replace(/\.sqlite$/, '')}.head.json`;
}

export function writeHeadFile(
  backupFile: string,
  head: { auditId: number; hash: string },
  takenAt: string,
): string {
  const file = headFileOf(backupFile);
  const content: BackupHead = {
    format: HEAD_FORMAT,
    backup: path.basename(backupFile),
    takenAt,
    auditId: head.auditId,
    hash: head.hash,
    fingerprint: formatFingerprint(head.auditId, head.hash),
  };
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(content, null, 2)}\n`);
  fs.renameSync(partial, file);
  return file;
}

export function readHeadFile(file: string): BackupHead {
  return headSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
