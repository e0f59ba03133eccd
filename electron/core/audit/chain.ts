import type { AuditLogTable } from '../../../db/schema';
import { maskPhone, normalizePhone } from '../../../shared/domain/phone';
import { canonicalJson, sha256Hex } from '../canonical';

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an audit row: SHA-256 of the previous row's hash and this row's canonical form. */
export function auditRowHash(row: Omit<AuditLogTable, 'hash'>): string {
  const { prev_hash: prev, ...rest } = row;
  return sha256Hex(prev + canonicalJson(rest));
}

/**
 * The audit row a call appends: chained to the previous row's hash and sealed with its own. The
 * router keeps the chain's tail in memory between calls (see ledgerCache.ts) and inserts the row
 * in the call's transaction.
 */
export function sealAuditRow(
  row: Omit<AuditLogTable, 'hash' | 'prev_hash'>,
  prevHash: string,
): AuditLogTable {
  const unsealed = { ...row, prev_hash: prevHash };
  return { ...unsealed, hash: auditRowHash(unsealed) };
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
