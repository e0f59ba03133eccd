/**
 * 台账指纹: the audit chain's head as a person can copy it from paper — the head row's number and
 * the first 16 hex digits (64 bits) of its hash, in groups of four: `1234:3FA2-9C1B-77E0-D4A5`.
 *
 * Why 64 bits: to pass a printed fingerprint, a forged chain must give the row at that number a
 * hash beginning with those 64 bits. Each attempt costs at least one SHA-256, so a match takes
 * about 2^64 ≈ 1.8 × 10^19 attempts — centuries for one graphics card, far beyond anyone with an
 * office PC — while 16 digits stay short enough to print beside the signatures and type back
 * without error. 32 bits would fall to a laptop in seconds, 48 bits in hours.
 */
export const FINGERPRINT_HEX_DIGITS = 16;

export interface Fingerprint {
  auditId: number;
  /** The first 16 hex digits of the head row's hash, lower case. */
  prefix: string;
}

/** `1234:3FA2-9C1B-77E0-D4A5` */
export function formatFingerprint(auditId: number, hash: string): string {
  const hex = hash.slice(0, FINGERPRINT_HEX_DIGITS).toUpperCase();
  return `${auditId}:${hex.match(/.{4}/g)!.join('-')}`;
}

/**
 * Reads a fingerprint as a person types it from a printed sheet: full-width characters, a leading
 * `#` or `No.`, spaces, dashes or none, any case. Null when it is not one.
 */
export function parseFingerprint(text: string): Fingerprint | null {
  const plain = text
    .normalize('NFKC')
    .trim()
    .replace(/^(#|no\.?\s*)/i, '');
  const m = /^(\d{1,12})\s*[:/·\s]\s*((?:[0-9a-f][\s-]?){15}[0-9a-f])$/i.exec(plain);
  if (!m) return null;
  const auditId = Number(m[1]);
  if (!Number.isSafeInteger(auditId) || auditId < 1) return null;
  return { auditId, prefix: m[2]!.replace(/[\s-]/g, '').toLowerCase() };
}

/**
 * A hash of the ledger's chain as a person compares it (台账指纹): its first 16 hex digits in
 * groups of 4, e.g. `3fa2 09c1 7be4 d051`. Enough to tell two chains apart at a glance; the
 * whole hash is what the programs compare.
 */
export function ledgerFingerprint(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}
