import fs from 'node:fs';
import path from 'node:path';
import type { WitnessSource } from '../audit/witnesses';
import { acknowledgedHeadFile, readAcknowledgedHead } from './acknowledgedHead';

/**
 * Headquarters as a witness of the chain, for `verify` (the CLI and the app's 校验台账): the head
 * HQ last acknowledged holding (acknowledgedHead.ts). HQ keeps that entry and every one before
 * it, out of reach of whoever holds the office's PC, so a ledger whose chain was recomputed from
 * an earlier row on no longer has that hash at that seq, and one cut short no longer reaches it.
 *
 * The head is taken whatever office id it names: an id changed later (sync.setOfficeId) leaves
 * the chain HQ acknowledged as it was. A head file that is there but cannot be read is reported
 * as an unreadable witness, not skipped.
 */
export function hqWitnesses(dataDir: string): WitnessSource {
  const file = acknowledgedHeadFile(dataDir);
  const head = readAcknowledgedHead(dataDir);
  return {
    heads: () =>
      head && head.seq > 0
        ? [
            {
              kind: 'headquarters',
              label: `${head.officeId} (acknowledged ${head.at})`,
              auditId: head.seq,
              hash: head.hash,
            },
          ]
        : [],
    unreadable: () =>
      head === null && fs.existsSync(file)
        ? [
            {
              kind: 'headquarters',
              label: path.relative(dataDir, file),
              reason: 'the head HQ acknowledged cannot be read',
            },
          ]
        : [],
  };
}
