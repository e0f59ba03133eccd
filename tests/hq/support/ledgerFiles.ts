import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import { rowHash } from '../../../electron/core/audit/writer';
import { canonicalJson, sha256Hex } from '../../../electron/core/canonical';

/**
 * A knowledgeable forger: a call's topic changed by hand, the row's new hash put in its audit
 * row, and every audit hash from there on recomputed (the triggers dropped and put back).
 */
export function forgeCall(dataDir: string): number {
  const db = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME));
  try {
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as {
      name: string;
      sql: string;
    }[];
    db.exec('BEGIN');
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    const call = db.prepare('SELECT * FROM calls ORDER BY id LIMIT 1').get() as Record<string, unknown>;
    db.prepare(`UPDATE calls SET topic = '没有来过电话' WHERE id = ?`).run(call.id);
    const changed = db.prepare('SELECT * FROM calls WHERE id = ?').get(call.id) as Record<string, unknown>;
    const auditId = Number(call.audit_id);
    const audit = db.prepare('SELECT writes FROM audit_log WHERE id = ?').get(auditId) as { writes: string };
    const writes = (JSON.parse(audit.writes) as [string, number, string][]).map(([t, k, h]) =>
      t === 'calls' && k === call.id ? [t, k, rowHash(changed)] : [t, k, h],
    );
    db.prepare('UPDATE audit_log SET writes = ? WHERE id = ?').run(JSON.stringify(writes), auditId);
    let prev = (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(auditId - 1) as { hash: string })
      .hash;
    for (const row of db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(auditId) as Record<
      string,
      unknown
    >[]) {
      const { hash: _hash, prev_hash: _prev, seal: _seal, ...rest } = row;
      const hash = sha256Hex(prev + canonicalJson(rest));
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
      prev = hash;
    }
    for (const t of triggers) db.exec(t.sql);
    db.exec('COMMIT');
    return auditId;
  } finally {
    db.close();
  }
}

/** A copy of the ledger as it is now, in a folder of its own (what a backup restored gives). */
export async function backupOf(dataDir: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(path.dirname(dataDir), 'sitedesk-older-'));
  const source = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), { readonly: true });
  try {
    await source.backup(path.join(dir, LEDGER_FILE_NAME));
  } finally {
    source.close();
  }
  return dir;
}
