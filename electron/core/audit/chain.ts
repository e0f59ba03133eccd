import type { AuditLogTable } from '../../../db/schema';
import { maskPhone, normalizePhone } from '../../../shared/domain/phone';
import { canonicalJson, sha256Hex } from '../canonical';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash an audit row carries from the start of its call until it is sealed at the end, in the
 * same transaction (see db/migrations/0047_audit_row_first.ts): never a committed row's.
 */
export const UNSEALED_HASH = '0'.repeat(64);

/** What an audit row's hash covers: every column but the hash itself and the keyed seal. */
export type HashedAuditRow = Omit<AuditLogTable, 'hash' | 'seal'>;

/** An audit row's own fields: all but the chain's links (the previous hash, its hash, its seal). */
export type AuditFields = Omit<HashedAuditRow, 'prev_hash'>;

/**
 * The hash of an audit row: SHA-256 of the previous row's hash and this row's canonical form.
 * Neither the hash nor the seal (made from the hash) is part of it, so a row read whole may be passed.
 */
export function auditRowHash(row: HashedAuditRow & { hash?: string; seal?: string | null }): string {
  const { prev_hash: prev, hash: _hash, seal: _seal, ...rest } = row;
  return sha256Hex(prev + canonicalJson(rest));
}

/**
 * The audit row a call appends: chained to the previous row's hash, hashed, and sealed with
 * this installation's key (`seal`, see sealKeys.ts). The router keeps the chain's tail in memory
 * between calls (see ledgerCache.ts) and inserts the row in the call's transaction.
 */
export function sealAuditRow(
  row: AuditFields,
  prevHash: string,
  seal: (hash: string) => string,
): AuditLogTable {
  const unsealed = { ...row, prev_hash: prevHash };
  const hash = auditRowHash(unsealed);
  return { ...unsealed, hash, seal: seal(hash) };
}

/** A call's audit row as the call begins: in its place in the chain, to be sealed at its end. */
export function unsealedAuditRow(row: AuditFields, prevHash: string): AuditLogTable {
  return { ...row, prev_hash: prevHash, hash: UNSEALED_HASH, seal: null };
}

const SECRET_KEYS = /secret|pin|password|token/i;
/**
 * Customers' personal data lives only in the customers table, where the retention rule can
 * anonymise it; the audit trail, which is never edited, keeps phones masked and no names.
 */
const PHONE_KEYS = /phone/i;
const PERSON_KEYS = /^(customerName|callerName|visitorName)$/;

/** The input as the audit row keeps it: secrets replaced, personal data masked, long texts cut. */
export function auditSummary(input: unknown): string {
  return canonicalJson(redact(input));
}

function redactField(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return redact(value);
  if (SECRET_KEYS.test(key) || PERSON_KEYS.test(key)) return '***';
  if (PHONE_KEYS.test(key)) {
    const normal = normalizePhone(value);
    return normal ? maskPhone(normal) : '***';
  }
  return redact(value);
}

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactField(k, v);
    return out;
  }
  if (typeof value === 'string' && value.length > 500) return `${value.slice(0, 500)}…`;
  return value;
}
