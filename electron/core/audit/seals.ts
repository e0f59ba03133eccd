import type { SealSummary } from '../../../shared/contract/audit';
import type { SealUnavailable } from '../../../shared/domain/vocab';
import { sealOf } from './sealKeys';

/** What verify knows of this installation's keys for the ledger it checks, or why it has none. */
export type SealKeys =
  | { keys: Buffer[]; keyId: string; where: string; sealedFrom: number | null }
  | { unavailable: SealUnavailable; where: string | null };

/**
 * Checks the seal of each audit row, in id order. A missing seal is legacy only before the first
 * sealed row (and before this installation's record); after that, and any seal that no held key
 * makes, is a problem — except rows sealed elsewhere before this installation ever sealed here.
 */
export class SealChecker {
  private firstSealed: number | null = null;
  /** A row sealed with a held key was seen: from then on a bad seal cannot be another PC's. */
  private ownSeen = false;
  readonly summary: SealSummary;

  constructor(private readonly keys: SealKeys) {
    const available = 'keys' in keys;
    this.summary = {
      checked: available,
      unavailable: available ? null : keys.unavailable,
      keyId: available ? keys.keyId : null,
      sealed: 0,
      legacy: 0,
      legacyThrough: null,
      foreign: 0,
      sealedFrom: available ? keys.sealedFrom : null,
    };
  }

  /** The problem with this row's seal, or null. */
  check(id: number, hash: string, seal: string | null): string | null {
    const s = this.summary;
    const recorded = s.sealedFrom !== null && id >= s.sealedFrom;
    if (seal === null) {
      if (recorded) {
        return `no seal, though this PC has sealed every row of this ledger since #${s.sealedFrom}`;
      }
      if (this.firstSealed !== null) return `no seal, though the rows are sealed since #${this.firstSealed}`;
      s.legacy++;
      s.legacyThrough = id;
      return null;
    }
    this.firstSealed ??= id;
    s.sealed++;
    if (!('keys' in this.keys)) return null;
    if (this.keys.keys.some((key) => sealOf(key, hash) === seal)) {
      this.ownSeen = true;
      return null;
    }
    if (recorded || this.ownSeen) {
      return 'seal does not match the hash: the row was rewritten, or re-hashed after an earlier row was changed';
    }
    s.foreign++;
    return null;
  }
}
