import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The keyed seal of the audit chain. Each audit row carries, besides its hash, an HMAC-SHA256 of
 * that hash under a key of this installation, kept outside the ledger — Electron's safeStorage in
 * the desktop app (electron/app/sealKeyStore.ts), an owner-only key file for the web host and the
 * CLI (keyFile.ts) — and never in the ledger or its backups. Someone who copies the ledger
 * elsewhere and rewrites it can recompute every hash, but not the seals.
 *
 * The keyring also records, per ledger file, the first audit row this installation sealed there.
 * That record, kept with the key, is what tells a ledger whose seals were stripped from one
 * written before sealing existed: from that row on, every row must carry a seal the key made.
 */
export interface SealKey {
  /** A short name of the key, not secret: 8 hex digits of a hash of it. */
  id: string;
  /** 32 random bytes, base64. */
  secret: string;
  createdAt: string;
}

export interface Keyring {
  version: 1;
  /** The first key seals new rows; any others (brought from another PC) only verify. */
  keys: SealKey[];
  /** A ledger file's real path → the first audit row this installation sealed in it. */
  ledgers: Record<string, number>;
}

/** Where an installation keeps its keyring. */
export interface KeyStore {
  /** Names the place in messages: a file, or safeStorage and its file. */
  readonly where: string;
  /** The keyring, or null when none was made yet; throws when one exists but cannot be read. */
  load(): Keyring | null;
  /**
   * Writes the keyring, owner-only. With `create`, only when none exists yet: answers false
   * (writing nothing) when another process made one meanwhile.
   */
  save(ring: Keyring, options?: { create?: boolean }): boolean;
  /** Moves a keyring that cannot be read out of the way, keeping it for whoever investigates. */
  setAside?(): void;
}

const keyringSchema = z
  .object({
    version: z.literal(1),
    keys: z
      .array(
        z
          .object({
            id: z.string().regex(/^[0-9a-f]{8}$/),
            secret: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
            createdAt: z.string(),
          })
          .strict(),
      )
      .min(1),
    ledgers: z.record(z.string(), z.number().int().min(1)),
  })
  .strict();

/** Reads a keyring's text; throws when it is not one. */
export function parseKeyring(text: string): Keyring {
  return keyringSchema.parse(JSON.parse(text));
}

export function keyringText(ring: Keyring): string {
  return `${JSON.stringify(ring, null, 2)}\n`;
}

export function keyIdOf(secret: string): string {
  return createHash('sha256').update(`sitedesk-seal-key\n${secret}`).digest('hex').slice(0, 8);
}

export function newKeyring(now: Date): Keyring {
  const secret = randomBytes(32).toString('base64');
  return { version: 1, keys: [{ id: keyIdOf(secret), secret, createdAt: now.toISOString() }], ledgers: {} };
}

/** The seal of an audit row: HMAC-SHA256 of its hash under the key, as hex. */
export function sealOf(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`audit-row\n${hash}`).digest('hex');
}

/** The keyring's keys as HMAC keys, the sealing one first. */
export function keyBytes(ring: Keyring): Buffer[] {
  return ring.keys.map((k) => Buffer.from(k.secret, 'base64'));
}
