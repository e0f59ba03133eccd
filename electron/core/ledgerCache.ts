import type BetterSqlite3 from 'better-sqlite3';
import { AUDITED_TABLES, type AuditLogTable } from '../../db/schema';
import { prepared } from '../../db/statements';
import type { LedgerWriter, WriteRecord } from './audit/writer';
import { settingsSchema, type Settings } from '../../shared/contract/settings';
import { GENESIS_HASH, UNSEALED_HASH } from './audit/chain';
import type { Actor } from './context';
import { settingsFromRows } from './settings';
import { rolesOf } from './auth/users';
import { deepFreeze } from './deepFreeze';
import { KeptAnswers } from './keptAnswers';

export interface ChainTail {
  id: number;
  hash: string;
}

/** What changes when anyone but the router writes the file: another process, or a hand edit. */
interface Stamp {
  dataVersion: number;
  totalChanges: number;
}

/**
 * What the router remembers of one ledger between calls, so a call does not re-read what it
 * already knows: the settings, the audit chain's tail and the signed-in actor, plus the
 * statements every call runs, prepared once.
 *
 * Remembering is safe because it is checked: inside each call's transaction the router compares
 * the file's stamp — `PRAGMA data_version` (moves when another connection commits) and
 * `total_changes()` (moves when this connection writes outside the router, e.g. a hand edit in
 * a test) — with the stamp it took after its own last commit. Any difference, a rollback or a
 * ledger swap (restore: a new LedgerCache) drops everything and re-reads it from the file.
 */
const STAMP = 'SELECT data_version AS dataVersion, total_changes() AS totalChanges FROM pragma_data_version';
// Bound by position, not by name: a named binding looks up each of the thirteen names per run,
// on the path of every write.
const AUDIT_INSERT = `INSERT INTO audit_log (id, at, business_date, actor_id, countersigned_by, channel, outcome,
    error_code, summary, writes, prev_hash, hash, seal)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const AUDIT_SEAL = `UPDATE audit_log SET actor_id = ?, countersigned_by = ?, writes = ?, hash = ?, seal = ?
  WHERE id = ? AND seal IS NULL AND hash = '${UNSEALED_HASH}'`;

export class LedgerCache {
  private stamp: Stamp | null = null;
  /** `data_version` when the call's transaction opened. */
  private openedVersion: number | null = null;
  private settings: Settings | null = null;
  private tail: ChainTail | null = null;
  private readonly actors = new Map<number, Actor | null>();
  private names: ReadonlyMap<number, string> | null = null;
  /** The latest date with a close or reopen event ('' for none): see closedDates.ts. */
  private closeHorizon: string | null = null;
  /** Values read from some tables alone, by key (`remembered`), with the tables they read. */
  private readonly kept = new Map<string, { tables: readonly string[]; value: unknown }>();
  /** Per audited table, the query reading a row's business date (null: the table has none). */
  private readonly dateOfRow = new Map<string, string | null>();
  /** The answers of reads the contract declares `kept`, until anything in the ledger changes. */
  readonly answers = new KeptAnswers();

  constructor(readonly sqlite: BetterSqlite3.Database) {}

  /** Prepared on first use (a router may be built before the ledger is migrated) and kept. */
  private statement(sql: string): BetterSqlite3.Statement {
    return prepared(this.sqlite, sql);
  }

  /** Opens the call's transaction and drops what the file no longer agrees with. */
  open(mutates: boolean): void {
    this.statement(mutates ? 'BEGIN IMMEDIATE' : 'BEGIN').run();
    const now = this.statement(STAMP).get() as Stamp;
    this.openedVersion = now.dataVersion;
    if (
      this.stamp === null ||
      now.dataVersion !== this.stamp.dataVersion ||
      now.totalChanges !== this.stamp.totalChanges
    ) {
      this.forget();
    }
  }

  /**
   * Commits; `wrote` names the tables the call wrote (settings and users refresh their cache)
   * and `sealed` the audit row it appended, the chain's new tail.
   */
  commit(
    wrote: ReadonlySet<string>,
    sealed: ChainTail | null,
    writer?: Pick<LedgerWriter, 'writes' | 'settingsStored'>,
  ): void {
    this.statement('COMMIT').run();
    if (wrote.has('settings'))
      this.settings = this.settings && writer ? withStored(this.settings, writer) : null;
    if (wrote.has('users')) {
      this.actors.clear();
      this.names = null;
    }
    if (wrote.has('day_close_events')) this.closeHorizon = null;
    for (const [key, { tables }] of this.kept) if (tables.some((t) => wrote.has(t))) this.kept.delete(key);
    if (sealed) this.tail = sealed;
    if (wrote.size > 0 || sealed) this.answers.clear();
    const after = this.statement(STAMP).get() as Stamp;
    // Another connection committed while this call was under way: what it read or kept may be
    // of the file before, and the stamp taken now would take it for current.
    if (after.dataVersion !== this.openedVersion) this.forget();
    this.stamp = after;
  }

  /** Rolls back (unless SQLite already did) and forgets the tail, re-read by the next call. */
  rollback(): void {
    if (this.sqlite.inTransaction) this.statement('ROLLBACK').run();
    this.forget();
  }

  forget(): void {
    this.stamp = null;
    this.settings = null;
    this.tail = null;
    this.actors.clear();
    this.names = null;
    this.closeHorizon = null;
    this.kept.clear();
    this.answers.clear();
  }

  currentSettings(): Settings {
    this.settings ??= deepFreeze(
      settingsFromRows(
        this.statement('SELECT key, value FROM settings').all() as { key: string; value: string }[],
      ),
    );
    return this.settings;
  }

  chainTail(): ChainTail {
    this.tail ??= (this.statement('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      ChainTail | undefined) ?? { id: 0, hash: GENESIS_HASH };
    return this.tail;
  }

  /** The user who may act, or null when they no longer exist or were deactivated. */
  actor(id: number): Actor | null {
    if (!this.actors.has(id)) {
      const row = this.statement('SELECT id, name, roles, active FROM users WHERE id = ?').get(id) as
        { id: number; name: string; roles: string; active: number } | undefined;
      this.actors.set(
        id,
        row && row.active === 1 ? { id: row.id, name: row.name, roles: rolesOf(row) } : null,
      );
    }
    const actor = this.actors.get(id) ?? null;
    // a copy, so a handler cannot change what the next call sees
    return actor && { ...actor, roles: [...actor.roles] };
  }

  /**
   * Every user's name by id, deactivated ones too (a ledger line names whoever acted then), in
   * order of name. Read once and kept until a call writes users; a call that has written users
   * itself reads them again (`readStaffNames`), as the cache is only refreshed at its commit.
   */
  staffNames(): ReadonlyMap<number, string> {
    this.names ??= this.readStaffNames();
    return this.names;
  }

  readStaffNames(): ReadonlyMap<number, string> {
    const rows = this.statement('SELECT id, name FROM users ORDER BY name').all() as {
      id: number;
      name: string;
    }[];
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  /**
   * A value read from `tables` alone, kept until a call writes one of them through its ledger
   * writer (commit) or the file changes under the desk (open): for reference rows most calls read
   * and few write, such as a building's units. Frozen, as the settings are. A table a trigger
   * writes must not be named: only the writer's own writes are seen here.
   */
  remembered<T>(key: string, tables: readonly string[], read: () => T): T {
    let entry = this.kept.get(key);
    if (!entry) {
      entry = { tables, value: deepFreeze(read()) };
      this.kept.set(key, entry);
    }
    return entry.value as T;
  }

  /** The latest date with a close or reopen event, '' when no date was ever closed. */
  lastCloseEventDate(): string {
    this.closeHorizon ??=
      (this.statement('SELECT max(for_date) AS d FROM day_close_events').get() as { d: string | null }).d ??
      '';
    return this.closeHorizon;
  }

  /** The business dates of the rows a call wrote, each read by its key (the schema is fixed once open). */
  datesWritten(writes: readonly WriteRecord[]): Set<string> {
    const dates = new Set<string>();
    for (const [table, key] of writes) {
      let read = this.dateOfRow.get(table);
      if (read === undefined) {
        const dated = this.statement(`SELECT 1 FROM pragma_table_info(?) WHERE name = 'business_date'`).get(
          table,
        );
        const keyColumn = AUDITED_TABLES[table as keyof typeof AUDITED_TABLES].key;
        read = dated ? `SELECT business_date AS d FROM "${table}" WHERE "${keyColumn}" = ?` : null;
        this.dateOfRow.set(table, read);
      }
      const row = (read === null ? undefined : this.statement(read).get(key)) as { d: string } | undefined;
      if (row) dates.add(row.d);
    }
    return dates;
  }

  appendAudit(row: AuditLogTable): void {
    this.statement(AUDIT_INSERT).run(
      row.id,
      row.at,
      row.business_date,
      row.actor_id,
      row.countersigned_by,
      row.channel,
      row.outcome,
      row.error_code,
      row.summary,
      row.writes,
      row.prev_hash,
      row.hash,
      row.seal,
    );
  }

  /**
   * Seals the call's audit row, appended unsealed when the call began (see 0047_audit_row_first):
   * what only the call's end knows — who acted and countersigned, the rows written, the hash and
   * its seal. Refuses a row that is not there unsealed, so a call never commits one half-sealed.
   */
  sealAudit(row: AuditLogTable): void {
    const { changes } = this.statement(AUDIT_SEAL).run(
      row.actor_id,
      row.countersigned_by,
      row.writes,
      row.hash,
      row.seal,
      row.id,
    );
    if (changes !== 1) throw new Error(`audit row ${row.id} was not there to seal`);
  }
}

/**
 * The cached settings with the rows a call stored taken in, each read by its own field's schema
 * (the settings' rules are all per field) — or null, to read them all again, when a row cannot
 * be taken in that way (a key this version does not know, a value its field refuses, a settings
 * row written other than by upsert).
 */
function withStored(
  settings: Settings,
  writer: Pick<LedgerWriter, 'writes' | 'settingsStored'>,
): Settings | null {
  const written = writer.writes.filter(([table]) => table === 'settings').length;
  if (written !== writer.settingsStored.length) return null;
  const next: Record<string, unknown> = { ...settings };
  for (const { key, value } of writer.settingsStored) {
    const field = Object.hasOwn(settingsSchema.shape, key)
      ? settingsSchema.shape[key as keyof Settings]
      : undefined;
    const parsed = field?.safeParse(JSON.parse(value));
    if (!parsed?.success) return null;
    next[key] = parsed.data;
  }
  return deepFreeze(next as Settings);
}
