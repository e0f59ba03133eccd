import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/domain/errors';
import type { Role } from '../../../shared/domain/roles';
import type { SecretKind } from '../../../shared/domain/vocab';

export type { SecretKind };

const PIN = /^\d{4,8}$/;
// scrypt cost: N=2^15 takes about 60 ms here — slow enough to make guessing a stolen ledger's
// PINs expensive, quick enough that a sign-in does not feel it.
const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Decides whether a secret is a PIN or a password and refuses the ones the rules forbid. */
export function classifySecret(secret: string, roles: readonly Role[]): SecretKind {
  if (/^\d+$/.test(secret)) {
    if (!PIN.test(secret)) throw new AppError('PIN_FORMAT');
    return 'pin';
  }
  if (!roles.includes('manager') && !roles.includes('admin')) {
    throw new AppError('PASSWORD_NOT_ALLOWED');
  }
  if (secret.length < 8 || !/[A-Za-z]/.test(secret) || !/\d/.test(secret)) {
    throw new AppError('PASSWORD_FORMAT');
  }
  return 'password';
}

function derive(secret: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, KEY_LEN, { N: n, r, p, maxmem: MAXMEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

let processCost = N;

/**
 * Sets the cost of the hashes this process makes from now on (none: the desk's own). Only the
 * bench's generator lowers it: its demo people countersign thousands of times while it writes
 * years of ledger; it sets their PINs (through the router, audited) at a low cost, and at the
 * desk's cost again before it hands the file over. The stored form carries its own cost, so a
 * hash made at any cost verifies.
 */
export function setSecretCost(cost?: number): void {
  processCost = cost ?? N;
}

export async function hashSecret(secret: string, cost: number = processCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost, R, P);
  return ['scrypt', cost, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(secret, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
