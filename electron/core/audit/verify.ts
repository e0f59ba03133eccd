import { readCursor, readStatement, type ReadSource } from '../../../db/access';
import { AUDITED_TABLES, type AuditLogTable } from '../../../db/schema';
import type { VerifyReport, WitnessVerdict } from '../../../shared/contract/audit';
import { formatFingerprint } from '../../../shared/domain/fingerprint';
import { auditRowHash, GENESIS_HASH } from './chain';
import { ExpectedRows } from './expectedRows';
import { holdStatusProblems } from './holdStatus';
import { runningBalanceProblems } from './runningBalances';
import { SealChecker, type SealKeys } from './seals';
import { tallyProblems } from './visitTallies';
import { judgeWitness, witnessName, type ChainReader, type WitnessSource } from './witnesses';
import { rowHash, type WriteRecord } from './writer';

type Problem = { table: string; rowId: number; problem: string; witness?: string };

export interface VerifyOptions {
  /** This installation's keys, to check every row's seal; or why there are none. */
  seals?: SealKeys;
  /** Where to find witnesses of the chain's head outside the ledger (backups, fingerprints, …). */
  witnesses?: WitnessSource[];
}

const NO_KEY: SealKeys = { unavailable: 'no-key', where: null };

/**
 * Checks the whole ledger: SQLite's own integrity check, the audit hash chain and the keyed seal
 * of each of its rows, the chain against every witness it is given, and that every audited row
 * is exactly as the audit row that wrote it sealed it. Rows edited, inserted or deleted by hand
 * are named; a chain rewritten consistently is named by the witness or seal that disagrees. Runs
 * on the raw handle: it reads every row once, in order, through statements checked to read
 * (db/access.ts), so `audit.verify` needs nothing that could write.
 */
export function verifyLedger(source: ReadSource, options: VerifyOptions = {}): VerifyReport {
  const integrity = (readCursor(source, 'PRAGMA integrity_check').all() as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join('; ');
  const problems: Problem[] = [];
  if (integrity !== 'ok') problems.push({ table: 'sqlite', rowId: 0, problem: integrity });

  const seals = new SealChecker(options.seals ?? NO_KEY);
  const sealedBy = seals.summary.keyId ? `this PC's seal key ${seals.summary.keyId}` : undefined;
  const expected = new ExpectedRows();
  let prev = GENESIS_HASH;
  let auditRows = 0;
  let head: { id: number; hash: string } | null = null;
  for (const row of readCursor(
    source,
    'SELECT * FROM audit_log ORDER BY id',
  ).iterate() as IterableIterator<AuditLogTable>) {
    auditRows++;
    head = { id: row.id, hash: row.hash };
    if (row.prev_hash !== prev) {
      problems.push({
        table: 'audit_log',
        rowId: row.id,
        problem: 'chain broken: prev_hash does not match the previous row (a row was removed or inserted)',
      });
    }
    if (auditRowHash(row) !== row.hash) {
      problems.push({
        table: 'audit_log',
        rowId: row.id,
        problem: 'audit row altered: hash does not match its content',
      });
    }
    const sealProblem = seals.check(row.id, row.hash, row.seal ?? null);
    if (sealProblem) {
      problems.push({ table: 'audit_log', rowId: row.id, problem: sealProblem, witness: sealedBy });
    }
    prev = row.hash;
    let writes: WriteRecord[] = [];
    try {
      writes = JSON.parse(row.writes) as WriteRecord[];
    } catch {
      problems.push({ table: 'audit_log', rowId: row.id, problem: 'writes list unreadable' });
    }
    for (const [table, key, h] of writes) {
      const meta = AUDITED_TABLES[table as keyof typeof AUDITED_TABLES];
      if (meta?.appendOnly && expected.has(table, key)) {
        problems.push({
          table,
          rowId: Number(key),
          problem: `append-only row written twice (audit #${row.id})`,
        });
      }
      expected.set(table, key, row.id, h);
    }
  }

  const witnesses = judgeWitnesses(source, head?.id ?? 0, options.witnesses ?? []);
  // The witnesses that can tell where the chain first differs come first, lowest row first.
  const caught = witnesses
    .filter((w) => w.verdict === 'disagrees' || w.verdict === 'truncated')
    .sort((a, b) => (a.firstBadId ?? Infinity) - (b.firstBadId ?? Infinity) || a.auditId - b.auditId);
  for (const w of caught) {
    problems.push({
      table: 'audit_log',
      rowId: w.firstBadId ?? w.auditId,
      problem: w.detail,
      witness: witnessName(w.kind, w.label),
    });
  }

  let ledgerRows = 0;
  for (const [table, meta] of Object.entries(AUDITED_TABLES)) {
    for (const row of readCursor(
      source,
      `SELECT * FROM ${table} ORDER BY ${meta.key}`,
    ).iterate() as IterableIterator<Record<string, unknown>>) {
      ledgerRows++;
      const key = row[meta.key] as string | number;
      const want = expected.take(table, key);
      const rowId = typeof key === 'number' ? key : 0;
      const label = typeof key === 'number' ? '' : ` (key "${key}")`;
      if (!want) {
        problems.push({ table, rowId, problem: `row not written by any audited call${label}` });
        continue;
      }
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
  for (const { table, key, auditId } of expected.remaining()) {
    problems.push({
      table,
      rowId: Number(key) || 0,
      problem: `row written by audit #${auditId} is missing (deleted)`,
    });
  }
  // the running balances the database keeps must still be what their movements add up to
  problems.push(...runningBalanceProblems(source));
  // and so must the visit and call tallies (0015) be what their rows count
  problems.push(...tallyProblems(source));
  // and each hold's kept status (0049) what its events fold to
  problems.push(...holdStatusProblems(source));

  return {
    ok: problems.length === 0,
    auditRows,
    ledgerRows,
    firstProblem: problems[0] ?? null,
    integrity,
    head: head && { auditId: head.id, hash: head.hash, fingerprint: formatFingerprint(head.id, head.hash) },
    seals: seals.summary,
    witnesses,
  };
}

/**
 * Every witness the sources hold, judged against the chain. A fingerprint (only the first digits
 * of a hash) cannot say where the chain first differs; the report then narrows it by the highest
 * row another witness confirms.
 */
function judgeWitnesses(source: ReadSource, lastId: number, sources: WitnessSource[]): WitnessVerdict[] {
  if (sources.length === 0) return [];
  const hashAt = readStatement(source, 'SELECT hash FROM audit_log WHERE id = ?');
  const chain: ChainReader = {
    lastId,
    hashAt: (id) => (hashAt.get(id) as { hash: string } | undefined)?.hash ?? null,
  };
  const verdicts: WitnessVerdict[] = [];
  for (const witnessSource of sources) {
    for (const head of witnessSource.heads()) verdicts.push(judgeWitness(chain, head));
    for (const { label, kind, reason } of witnessSource.unreadable?.() ?? []) {
      verdicts.push({
        kind,
        label,
        auditId: 0,
        fingerprint: '',
        verdict: 'unreadable',
        firstBadId: null,
        detail: reason,
      });
    }
  }
  const confirmed = Math.max(0, ...verdicts.filter((v) => v.verdict === 'extends').map((v) => v.auditId));
  return verdicts.map((v) =>
    v.verdict === 'disagrees' && v.firstBadId === null && confirmed < v.auditId
      ? {
          ...v,
          detail: `${v.detail} — after #${confirmed}${confirmed > 0 ? ', which another witness confirms' : ''}`,
        }
      : v,
  );
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
    if (auditRowHash(row) !== row.hash)
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
