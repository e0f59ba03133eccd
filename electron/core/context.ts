import type { RawReader, ReadableDB } from '../../db/access';
import type { VerifyReport } from '../../shared/contract/audit';
import type { Settings } from '../../shared/contract/settings';
import type { Role } from '../../shared/domain/roles';
import type { Locale } from '../../shared/domain/errors';
import type { SealKeys } from './audit/seals';
import type { LedgerWriter } from './audit/writer';
import type { DeskSession } from './session';

export interface Actor {
  id: number;
  name: string;
  roles: Role[];
}

/**
 * What a service sees of the call it serves, whatever the call: reads only. `db` is bound to the
 * call's transaction; nothing on this context can write the ledger (see db/access.ts). A call
 * whose contract says `mutates: false` gets this; a mutating one gets CallContext.
 */
export interface ReadCallContext {
  db: ReadableDB;
  /** The same connection for the reading helpers of db/rows.ts and the whole-ledger verify. */
  raw: RawReader;
  now: Date;
  /** `now` as UTC ISO text, the form every ledger row stores. */
  at: string;
  businessDate: string;
  settings: Settings;
  actor: Actor | null;
  countersigner: Actor | null;
  desk: DeskSession;
  locale: Locale;
  /**
   * Every user's name by id, deactivated ones too (a line names whoever acted then): kept by the
   * router between calls, read again after this call writes users. Not to be changed.
   */
  staffNames(): ReadonlyMap<number, string>;
  /**
   * What `read` reads from `tables` alone — nothing else, and no table a trigger writes — kept by
   * the router between calls under `key` until a call writes one of those tables or the file
   * changes under the desk; a call that has written one of them reads it again. Frozen.
   */
  remembered<T>(key: string, tables: readonly string[], read: () => T): T;
  /** The desk's backups; null when the router runs without a desk (tests). */
  host: DeskBackups | null;
  /** Queues work to run after this call has committed and answered (never if it is refused). */
  afterCall(task: () => Promise<void>): void;
}

/**
 * What a mutating call's service sees: the reads, the ledger writer (the only way a service
 * writes), and the desk's file-level operations including the restore that replaces the ledger.
 * The router builds one of these for every call; a read-only call's handler sees it as a
 * ReadCallContext.
 */
export interface CallContext extends ReadCallContext {
  writer: LedgerWriter;
  host: DeskHost | null;
}

/**
 * What a list that names people needs of its call: the transaction and the staff's names. A
 * call's context is one; outside a call (tests, tools) the users service makes one (readerOf).
 */
export type CallReader = Pick<ReadCallContext, 'db' | 'staffNames'>;

/** The backups of the hosting desk: copies of the ledger, which leave it as it is. */
export interface DeskBackups {
  dataDir: string;
  /**
   * A backup taken inside the current call (its transaction is the consistent snapshot), also
   * copied to `secondDir` when one is given.
   */
  backup(reason: string, keep: number, secondDir?: string): Promise<{ file: string; bytes: number }>;
  /** A backup taken once no call is running: for work queued with afterCall. */
  backupBetweenCalls(reason: string, keep: number): Promise<{ file: string; bytes: number }>;
  /** This installation's seal keys and its record of the ledger, for verify (never makes a key). */
  sealKeys(): SealKeys;
}

/** File-level operations of the hosting desk, offered to the backups service. */
export interface DeskHost extends DeskBackups {
  /** Verifies a backup by the host's helper, off the thread that answers calls (verifyOffThread.ts). */
  verifyBackup(file: string): Promise<VerifyReport>;
  /** Refuses (LEDGER_IN_USE) when another desk runs on the data folder: no restore then. */
  checkRestorable(): void;
  /** Replaces the ledger with a verified backup while the app runs; the desk is signed out. */
  restore(file: string): Promise<void>;
}

export function requireActor(ctx: ReadCallContext): Actor {
  if (!ctx.actor) throw new Error('handler needs a signed-in actor but the router let none through');
  return ctx.actor;
}
