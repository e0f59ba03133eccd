import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Log } from '../log';
import { keyBytes, newKeyring, sealOf, type Keyring, type KeyStore } from './sealKeys';
import type { SealKeys } from './seals';

/** The key a desk seals its audit rows with. */
export interface Sealing {
  seal(hash: string): string;
  keyId: string;
  where: string;
}

/** The real path of a ledger file: the keyring's name for it. */
export function ledgerKeyName(ledgerFile: string): string {
  try {
    return fs.realpathSync.native(ledgerFile);
  } catch {
    return ledgerFile;
  }
}

/**
 * This installation's keyring, made on first use. A keyring that exists but cannot be read (a
 * damaged file, a safeStorage that can no longer decrypt it) is set aside and a new one made: the
 * desk keeps working, and `verify` reports the rows the lost key sealed as sealed elsewhere.
 */
export function loadOrMakeKeyring(store: KeyStore, now: Date, log: Log): Keyring {
  let ring: Keyring | null = null;
  try {
    ring = store.load();
  } catch (error) {
    log.error(`seal key at ${store.where} unreadable: a new key is made`, error);
    store.setAside?.();
  }
  for (let attempt = 0; ring === null && attempt < 3; attempt++) {
    const made = newKeyring(now);
    if (store.save(made, { create: true })) {
      log.info(`seal key ${made.keys[0]!.id} made at ${store.where}`);
      ring = made;
    } else {
      ring = store.load(); // another process made it first
    }
  }
  if (!ring) throw new Error(`no seal key could be made at ${store.where}`);
  return ring;
}

/**
 * The desk's sealing of one ledger file: the keyring's first key, and the keyring's record of the
 * first row this installation seals there (`nextAuditId` when it never sealed this file before).
 */
export function openSealing(
  store: KeyStore,
  ledgerFile: string,
  nextAuditId: number,
  now: Date,
  log: Log,
): Sealing {
  let ring = loadOrMakeKeyring(store, now, log);
  const name = ledgerKeyName(ledgerFile);
  if (ring.ledgers[name] === undefined) {
    ring = { ...ring, ledgers: { ...ring.ledgers, [name]: nextAuditId } };
    try {
      store.save(ring);
    } catch (error) {
      // The seals are still made; verify then knows this ledger's sealed rows by their seals alone.
      log.error(`seal key at ${store.where}: the ledger's first sealed row was not recorded`, error);
    }
  }
  const key = keyBytes(ring)[0]!;
  return { seal: (hash) => sealOf(key, hash), keyId: ring.keys[0]!.id, where: store.where };
}

/**
 * What verify needs of the keyring for one ledger file: every key it holds and its record of the
 * file. Never makes a key: verifying is not writing.
 */
export function sealKeysFor(store: KeyStore | null, ledgerFile: string | null): SealKeys {
  if (!store) return { unavailable: 'no-key', where: null };
  let ring: Keyring | null;
  try {
    ring = store.load();
  } catch {
    return { unavailable: 'unreadable-key', where: store.where };
  }
  if (!ring) return { unavailable: 'no-key', where: store.where };
  const recorded = ledgerFile === null ? undefined : ring.ledgers[ledgerKeyName(ledgerFile)];
  return {
    keys: keyBytes(ring),
    keyId: ring.keys[0]!.id,
    where: store.where,
    sealedFrom: recorded ?? null,
  };
}

/**
 * After a restore replaced the ledger file: when the restored ledger holds rows past this
 * installation's record that its keys did not seal (a ledger brought from another PC), the record
 * starts again after the restored rows — they were sealed elsewhere, and verify reports them so.
 * A restore of this PC's own backup changes nothing.
 */
export function recordRestore(store: KeyStore, ledgerFile: string): void {
  let ring: Keyring | null;
  try {
    ring = store.load();
  } catch {
    return;
  }
  const name = ledgerKeyName(ledgerFile);
  const from = ring?.ledgers[name];
  if (!ring || from === undefined) return;
  const keys = keyBytes(ring);
  const sqlite = new BetterSqlite3(ledgerFile, { readonly: true, fileMustExist: true });
  let foreign = false;
  let last = 0;
  try {
    // A ledger from before the seal existed has no seal column: none of its rows is sealed here.
    const sealed = sqlite.prepare(`SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'seal'`).get();
    const rows = sqlite
      .prepare(
        `SELECT id, hash, ${sealed ? 'seal' : 'NULL AS seal'} FROM audit_log WHERE id >= ? ORDER BY id`,
      )
      .iterate(from) as IterableIterator<{ id: number; hash: string; seal: string | null }>;
    for (const row of rows) {
      last = row.id;
      if (!foreign && !keys.some((key) => row.seal !== null && sealOf(key, row.hash) === row.seal))
        foreign = true;
    }
  } finally {
    sqlite.close();
  }
  if (foreign) store.save({ ...ring, ledgers: { ...ring.ledgers, [name]: last + 1 } });
}
