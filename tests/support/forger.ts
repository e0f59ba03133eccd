import BetterSqlite3 from 'better-sqlite3';
import { AUDITED_TABLES } from '../../db/schema';
import { auditRowHash } from '../../electron/core/audit/chain';
import { rowHash, type WriteRecord } from '../../electron/core/audit/writer';

type AuditRow = Parameters<typeof auditRowHash>[0] & { id: number; hash: string; writes: string };

/**
 * What someone holding the ledger file and SiteDesk's source can do without the seal key: drop
 * the triggers, change rows, put each changed row's new hash into the audit row that last wrote
 * it, recompute `prev_hash`/`hash` of that row and every later one (and the close heads recorded
 * in the ledger), and restore the triggers. The ledger is then consistent in itself; only what
 * lies outside it (the seal key, backups, printed fingerprints) can tell.
 */
export function forgeLedger(file: string, edit: (db: BetterSqlite3.Database) => void): void {
  const db = new BetterSqlite3(file);
  try {
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as {
      name: string;
      sql: string;
    }[];
    db.exec('BEGIN');
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
    const lastWriter = new Map<string, number>();
    for (const row of rows) {
      for (const [table, key] of JSON.parse(row.writes) as WriteRecord[])
        lastWriter.set(`${table}#${key}`, row.id);
    }
    const current = (table: string, key: string | number) => {
      const column = AUDITED_TABLES[table as keyof typeof AUDITED_TABLES].key;
      return db.prepare(`SELECT * FROM ${table} WHERE ${column} = ?`).get(key) as
        Record<string, unknown> | undefined;
    };
    edit(db);
    const newHashes = new Map<number, string>();
    let prev: string | null = null;
    for (const row of rows) {
      for (const [headId, hash] of newHashes) {
        db.prepare('UPDATE close_heads SET head_hash = ? WHERE head_id = ?').run(hash, headId);
      }
      const writes = (JSON.parse(row.writes) as WriteRecord[]).map(([table, key, hash]): WriteRecord => {
        if (lastWriter.get(`${table}#${key}`) !== row.id) return [table, key, hash];
        const now = current(table, key);
        return [table, key, now ? rowHash(now) : hash];
      });
      const rewritten = { ...row, writes: JSON.stringify(writes), prev_hash: prev ?? row.prev_hash };
      const hash = auditRowHash(rewritten);
      if (hash !== row.hash) {
        db.prepare('UPDATE audit_log SET writes = ?, prev_hash = ?, hash = ? WHERE id = ?').run(
          rewritten.writes,
          rewritten.prev_hash,
          hash,
          row.id,
        );
        newHashes.set(row.id, hash);
      }
      prev = hash;
    }
    for (const t of triggers) db.exec(t.sql);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
