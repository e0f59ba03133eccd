/**
 * A hash of the ledger's chain as a person compares it (台账指纹): its first 16 hex digits in
 * groups of 4, e.g. `3fa2 09c1 7be4 d051`. Enough to tell two chains apart at a glance; the
 * whole hash is what the programs compare.
 */
export function ledgerFingerprint(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}
