import fs from 'node:fs';
import path from 'node:path';
import { openCopyReadOnly } from '../../db/backup';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { WitnessHead, WitnessSource } from './audit/witnesses';
import { readHeadFile } from './backupHeads';
import type { BackupFolder } from './backups';

interface Copy {
  name: string;
  head: { auditId: number; hash: string };
  hashAt: (id: number) => string | null;
}

/**
 * The backups of a folder as witnesses of the chain: each backup's head file, and each backup
 * itself (its last audit row, and its whole chain to find where the ledger first differs). A
 * backup and its head file that agree are one witness; a head file whose backup is gone, or that
 * disagrees with it, witnesses on its own.
 *
 * A backup taken before a restore holds the ledger as it was before it was replaced: witnesses it
 * holds — the replaced ledger and backups taken before the restore — no longer describe the
 * restored ledger, and are reported as replaced rather than as a forgery. Only a before-restore
 * backup in the same folder explains a witness, and a typed fingerprint is never explained away.
 */
export function backupFolderWitnesses(folder: BackupFolder): WitnessSource {
  const opened: { close(): void }[] = [];
  const unreadable: { kind: 'backup'; label: string; reason: string }[] = [];
  let heads: WitnessHead[] | null = null;

  const read = (): WitnessHead[] => {
    if (!fs.existsSync(folder.dir)) return [];
    const names = fs.readdirSync(folder.dir).sort();
    const copies = new Map<string, Copy>();
    for (const name of names) {
      if (!name.endsWith('.sqlite') || name === LEDGER_FILE_NAME) continue;
      const label = `${name} (${folder.label})`;
      try {
        const copy = openCopyReadOnly(path.join(folder.dir, name));
        opened.push(copy);
        const last = copy.sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
          { id: number; hash: string } | undefined;
        if (!last) continue; // an empty ledger witnesses nothing
        const at = copy.sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?');
        copies.set(name.slice(0, -'.sqlite'.length), {
          name,
          head: { auditId: last.id, hash: last.hash },
          hashAt: (id) => (at.get(id) as { hash: string } | undefined)?.hash ?? null,
        });
      } catch {
        unreadable.push({ kind: 'backup', label, reason: 'not a SiteDesk ledger, or damaged' });
      }
    }
    const restores = [...copies.values()].filter((c) => /-before-restore\.sqlite$/.test(c.name));
    const replacedBy = (auditId: number, hash: string) => {
      const holder = restores.find((r) => r.hashAt(auditId) === hash);
      return holder ? `${holder.name} (${folder.label})` : null;
    };
    const found: WitnessHead[] = [];
    for (const name of names) {
      if (!name.endsWith('.head.json')) continue;
      const base = name.slice(0, -'.head.json'.length);
      const label = `${name} (${folder.label})`;
      try {
        const head = readHeadFile(path.join(folder.dir, name));
        const copy = copies.get(base);
        if (copy && copy.head.auditId === head.auditId && copy.head.hash === head.hash) continue;
        found.push({
          kind: 'backup',
          label,
          auditId: head.auditId,
          hash: head.hash,
          replacedBy: () => replacedBy(head.auditId, head.hash),
        });
      } catch {
        unreadable.push({
          kind: 'backup',
          label,
          reason: 'not a head file SiteDesk wrote (unreadable or altered)',
        });
      }
    }
    for (const copy of copies.values()) {
      found.push({
        kind: 'backup',
        label: `${copy.name} (${folder.label})`,
        auditId: copy.head.auditId,
        hash: copy.head.hash,
        hashAt: copy.hashAt,
        replacedBy: () => replacedBy(copy.head.auditId, copy.head.hash),
      });
    }
    return found;
  };

  return {
    heads: () => (heads ??= read()),
    unreadable: () => unreadable,
    close: () => opened.forEach((copy) => copy.close()),
  };
}
