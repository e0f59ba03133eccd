import fs from 'node:fs';
import path from 'node:path';
import { readCursor, type ReadSource } from '../../../db/access';
import { ledgerFingerprint } from '../../../shared/domain/fingerprint';
import { hqDir } from './connection';

/**
 * The head of the office's chain that headquarters last acknowledged holding: its seq (the
 * audit row's id) and hash. The office keeps it in a file beside the ledger, not in it, so it is
 * a witness of the ledger's past: a ledger rewritten from an earlier row on (a recomputed chain)
 * no longer has this hash at this seq, and one cut short no longer reaches it. HQ itself holds
 * the same head and every entry before it, out of reach of whoever holds the office's PC.
 */
export interface AcknowledgedHead {
  officeId: string;
  seq: number;
  hash: string;
  /** When HQ acknowledged it (the office's clock). */
  at: string;
}

export function acknowledgedHeadFile(dataDir: string): string {
  return path.join(hqDir(dataDir), 'acknowledged-head.json');
}

export function readAcknowledgedHead(dataDir: string): AcknowledgedHead | null {
  let text: string;
  try {
    text = fs.readFileSync(acknowledgedHeadFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const head = JSON.parse(text) as Partial<AcknowledgedHead>;
    if (
      typeof head.officeId === 'string' &&
      Number.isSafeInteger(head.seq) &&
      typeof head.hash === 'string' &&
      /^[0-9a-f]{64}$/.test(head.hash) &&
      typeof head.at === 'string'
    ) {
      return head as AcknowledgedHead;
    }
  } catch {
    // unreadable: as if none (the next sync writes it again from HQ's answer)
  }
  return null;
}

/** Replaces the file in one step (write aside, rename), so a crash leaves the old head or the new. */
export function writeAcknowledgedHead(dataDir: string, head: AcknowledgedHead): void {
  fs.mkdirSync(hqDir(dataDir), { recursive: true, mode: 0o700 });
  const file = acknowledgedHeadFile(dataDir);
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, `${JSON.stringify(head)}\n`, { mode: 0o600 });
  fs.renameSync(staging, file);
}

export interface HeadMismatch {
  /** The first audit row that disagrees with the witness. */
  rowId: number;
  problem: string;
}

/**
 * Checks a ledger against the head HQ acknowledged: the ledger must still have that audit row
 * with that hash. Answers what disagrees, or null. (The rows before it are covered by the
 * chain: each hash covers its predecessor's.)
 */
export function checkAcknowledgedHead(source: ReadSource, head: AcknowledgedHead): HeadMismatch | null {
  if (head.seq === 0) return null;
  const row = readCursor(source, 'SELECT hash FROM audit_log WHERE id = ?').get(head.seq) as
    { hash: string } | undefined;
  if (!row) {
    const last = readCursor(source, 'SELECT max(id) AS id FROM audit_log').get() as { id: number | null };
    return {
      rowId: (last.id ?? 0) + 1,
      problem: `the ledger ends at audit #${last.id ?? 0}, before #${head.seq}, which headquarters acknowledged holding on ${head.at} (rows removed, or an older ledger put in its place)`,
    };
  }
  if (row.hash !== head.hash) {
    return {
      rowId: head.seq,
      problem: `audit #${head.seq} is not the row headquarters acknowledged on ${head.at} (fingerprint ${ledgerFingerprint(head.hash)}, now ${ledgerFingerprint(row.hash)}): the ledger was rewritten`,
    };
  }
  return null;
}
