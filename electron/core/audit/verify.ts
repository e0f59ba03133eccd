import { readCursor, type ReadSource } from '../../../db/access';
import { AUDITED_TABLES, type AuditLogTable } from '../../../db/schema';
import type { VerifyReport } from '../../../shared/contract/audit';
import { auditRowHash, GENESIS_HASH } from './chain';
import { runningBalanceProblems } from './runningBalances';
import { tallyProblems } from './visitTallies';
import { rowHash, type WriteRecord } from './writer';

interface Expected {
  auditId: number;
  hash: string;
}
type Problem = { table: string; rowId: number; problem: string };

/**
 * Checks the whole ledger: SQLite's own integrity check, the audit hash chain, and that every
 * audited row is exactly as the audit row that wrote it sealed it. Rows edited, inserted or
 * deleted by hand are named. Runs on the raw handle: it reads every row once, in order, through
 * statements checked to read (db/access.ts), so `audit.verify` needs nothing that could write.
 */
export function verifyLedger(source: ReadSource): VerifyReport {
  const integrity = (readCursor(source, 'PRAGMA integrity_check').all() as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join('; ');
  const problems: Problem[] = [];
  if (integrity !== 'ok') problems.push({ table: 'sqlite', rowId: 0, problem: integrity });

  const expected = new Map<string, Expected>();
  let prev = GENESIS_HASH;
  let auditRows = 0;
  for (const row of readCursor(
    source,
    'SELECT * FROM audit_log ORDER BY id',
  ).iterate() as IterableIterator<AuditLogTable>) {
    auditRows++;
    if (row.prev_hash !== prev) {
      problems.push({
        table: 'audit_log',
        rowId: row.id,
        problem: 'chain broken: prev_hash does not match the previous row (a row was removed or inserted)',
      });
    }
    const { hash, ...unsealed } = row;
    if (auditRowHash(unsealed) !== hash) {
      problems.push({
        table: 'audit_log',
        rowId: row.id,
        problem: 'audit row altered: hash does not match its content',
      });
    }
    prev = hash;
    let writes: WriteRecord[] = [];
    try {
      writes = JSON.parse(row.writes) as WriteRecord[];
    } catch {
      problems.push({ table: 'audit_log', rowId: row.id, problem: 'writes list unreadable' });
    }
    for (const [table, key, h] of writes) {
      const id = `${table}#${key}`;
      const meta = AUDITED_TABLES[table as keyof typeof AUDITED_TABLES];
      if (meta?.appendOnly && expected.has(id)) {
        problems.push({
          table,
          rowId: Number(key),
          problem: `append-only row written twice (audit #${row.id})`,
        });
      }
      expected.set(id, { auditId: row.id, hash: h });
    }
  }

  let ledgerRows = 0;
  for (const [table, meta] of Object.entries(AUDITED_TABLES)) {
    for (const row of readCursor(
      source,
      `SELECT * FROM ${table} ORDER BY ${meta.key}`,
    ).iterate() as IterableIterator<Record<string, unknown>>) {
      ledgerRows++;
      const key = row[meta.key] as string | number;
      const id = `${table}#${key}`;
      const want = expected.get(id);
      const rowId = typeof key === 'number' ? key : 0;
      const label = typeof key === 'number' ? '' : ` (key "${key}")`;
      if (!want) {
        problems.push({ table, rowId, problem: `row not written by any audited call${label}` });
        continue;
      }
      expected.delete(id);
      if (row.audit_id !== want.auditId) {
        problems.push({
          table,
          rowId,
          problem: `row claims audit #${String(row.audit_id)} but was last written by audit #${want.auditId}${label}`,
        });
      } else if (rowHash(row) !== want.hash) {
        problems.push({ table, rowId, problem: `row changed after audit #${want.auditId} wrote it${label}` });
      }
    }
  }
  for (const [id, want] of expected) {
    const [table = '', key = ''] = id.split('#');
    problems.push({
      table,
      rowId: Number(key) || 0,
      problem: `row written by audit #${want.auditId} is missing (deleted)`,
    });
  }
  // the running balances the database keeps must still be what their movements add up to
  problems.push(...runningBalanceProblems(source));
  // and so must the visit and call tallies (0015) be what their rows count
  problems.push(...tallyProblems(source));

  return {
    ok: problems.length === 0,
    auditRows,
    ledgerRows,
    firstProblem: problems[0] ?? null,
    integrity,
  };
}

/**
 * The start-up check of the chain's tail: the last rows link to each other and still hash to
 * what they say. Cheap enough for every start; the full `verifyLedger` is on demand.
 */
export function verifyChainTail(source: ReadSource, rows = 200): Problem | null {
  const tail = (
    readCursor(source, 'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(rows + 1) as AuditLogTable[]
  ).reverse();
  for (let i = 0; i < tail.length; i++) {
    const row = tail[i]!;
    const { hash, ...unsealed } = row;
    if (auditRowHash(unsealed) !== hash)
      return { table: 'audit_log', rowId: row.id, problem: 'audit row altered' };
    const previous = tail[i - 1];
    if (previous && row.prev_hash !== previous.hash)
      return { table: 'audit_log', rowId: row.id, problem: 'chain broken' };
    if (!previous && i === 0 && tail.length <= rows && row.prev_hash !== GENESIS_HASH) {
      return { table: 'audit_log', rowId: row.id, problem: 'chain does not start at the genesis hash' };
    }
  }
  return null;
}
