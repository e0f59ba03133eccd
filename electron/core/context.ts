import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Settings } from '../../shared/contract/settings';
import type { Role } from '../../shared/domain/roles';
import type { Locale } from '../../shared/domain/errors';
import type { LedgerWriter } from './audit/writer';
import type { DeskSession } from './session';

export interface Actor {
  id: number;
  name: string;
  roles: Role[];
}

/** What a service sees of the call it serves. `db` is bound to the call's transaction. */
export interface CallContext {
  db: Kysely<Database>;
  /** The raw handle on the same connection, for whole-ledger scans (verify). */
  raw: BetterSqlite3.Database;
  now: Date;
  /** `now` as UTC ISO text, the form every ledger row stores. */
  at: string;
  businessDate: string;
  settings: Settings;
  actor: Actor | null;
  countersigner: Actor | null;
  writer: LedgerWriter;
  desk: DeskSession;
  locale: Locale;
  /**
   * Every user's name by id, deactivated ones too (a line names whoever acted then): kept by the
   * router between calls, read again after this call writes users. Not to be changed.
   */
  staffNames(): ReadonlyMap<number, string>;
  /** The desk's file-level operations; null when the router runs without a desk (tests). */
  host: DeskHost | null;
  /** Queues work to run after this call has committed and answered (never if it is refused). */
  afterCall(task: () => Promise<void>): void;
}

/**
 * What a list that names people needs of its call: the transaction and the staff's names. A
 * call's context is one; outside a call (tests, tools) the users service makes one (readerOf).
 */
export type CallReader = Pick<CallContext, 'db' | 'staffNames'>;

/** File-level operations of the hosting desk, offered to the backups service. */
export interface DeskHost {
  dataDir: string;
  /** A backup taken inside the current call (its transaction is the consistent snapshot). */
  backup(reason: string, keep: number): Promise<{ file: string; bytes: number }>;
  /** A backup taken once no call is running: for work queued with afterCall. */
  backupBetweenCalls(reason: string, keep: number): Promise<{ file: string; bytes: number }>;
  /** Replaces the ledger with a verified backup while the app runs; the desk is signed out. */
  restore(file: string): Promise<void>;
}

export function requireActor(ctx: CallContext): Actor {
  if (!ctx.actor) throw new Error('handler needs a signed-in actor but the router let none through');
  return ctx.actor;
}
