import type { WitnessVerdict } from '../../../shared/contract/audit';
import { formatFingerprint, type Fingerprint } from '../../../shared/domain/fingerprint';
import { WITNESS_KIND_LABELS, type WitnessKind } from '../../../shared/domain/vocab';

/**
 * Witnesses: records of the audit chain's head kept where someone holding the ledger file cannot
 * reach them together with it — the head file beside every backup (in `backups/` and the second
 * backup folder), the fingerprint 台账指纹 printed on every day sheet and typed back at verify, and
 * (later) the head the headquarters acknowledged. A ledger passes a witness when its chain holds
 * the witnessed head: the same hash at that id. A forged past changes that hash; a truncated tail
 * no longer reaches it.
 *
 * Each kind of witness is a WitnessSource; verify asks every source it is given for its heads.
 */
export interface WitnessHead {
  kind: WitnessKind;
  /** Names the witness in a report: the backup's file and folder, the typed fingerprint, … */
  label: string;
  auditId: number;
  /** The head row's hash, whole (64 hex digits) or its first digits only (a fingerprint). */
  hash: string;
  /** The witness's own copy of the chain (a backup file): where the ledger first disagrees. */
  hashAt?: (id: number) => string | null;
  /**
   * For a witness that disagrees: the before-restore backup that holds its head, when a restore
   * replaced the ledger it witnessed (backupWitnesses.ts); null when none does.
   */
  replacedBy?: () => string | null;
}

export interface WitnessSource {
  /** The heads this source holds now; a source that cannot be read says so in `unreadable`. */
  heads(): WitnessHead[];
  /** Witnesses that exist but could not be read (a damaged head file), by label and reason. */
  unreadable?(): { kind: WitnessKind; label: string; reason: string }[];
  /** Releases what reading opened (backup files). */
  close?(): void;
}

/** The ledger's side: its hash at an id (null past its end) and its last id. */
export interface ChainReader {
  hashAt(id: number): string | null;
  lastId: number;
}

const same = (ledgerHash: string | null, witnessHash: string | null) =>
  ledgerHash !== null && witnessHash !== null && ledgerHash.startsWith(witnessHash.toLowerCase());

/** The smallest id in [1, upTo] where the two chains differ (they differ at upTo). */
function firstDifference(ledger: ChainReader, hashAt: (id: number) => string | null, upTo: number): number {
  let lo = 1;
  let hi = upTo;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const theirs = hashAt(mid);
    if (theirs !== null && ledger.hashAt(mid) === theirs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Holds one witness against the ledger's chain. */
export function judgeWitness(ledger: ChainReader, head: WitnessHead): WitnessVerdict {
  const verdict = judgeHead(ledger, head);
  if (verdict.verdict !== 'disagrees' && verdict.verdict !== 'truncated') return verdict;
  const holder = head.replacedBy?.() ?? null;
  if (holder === null) return verdict;
  return {
    ...verdict,
    verdict: 'replaced',
    detail: `${verdict.detail}; the ledger it witnessed was replaced by a restore and is kept as ${holder}`,
  };
}

function judgeHead(ledger: ChainReader, head: WitnessHead): WitnessVerdict {
  const base = {
    kind: head.kind,
    label: head.label,
    auditId: head.auditId,
    fingerprint: formatFingerprint(head.auditId, head.hash),
  };
  const ours = ledger.hashAt(head.auditId);
  if (same(ours, head.hash)) {
    return { ...base, verdict: 'extends', firstBadId: null, detail: 'the ledger holds this head' };
  }
  if (ours === null) {
    // The ledger ends before the witnessed head: its tail was cut. Are the rows it still has the
    // witness's rows? If not, the past was changed too.
    const lastTheirs = head.hashAt?.(ledger.lastId) ?? null;
    if (ledger.lastId > 0 && head.hashAt && lastTheirs !== ledger.hashAt(ledger.lastId)) {
      const first = firstDifference(ledger, head.hashAt, ledger.lastId);
      return {
        ...base,
        verdict: 'disagrees',
        firstBadId: first,
        detail: `the ledger ends at #${ledger.lastId}, before this head, and differs from it from #${first}`,
      };
    }
    return {
      ...base,
      verdict: 'truncated',
      firstBadId: ledger.lastId + 1,
      detail: `the ledger ends at #${ledger.lastId}: rows #${ledger.lastId + 1}–#${head.auditId} are missing`,
    };
  }
  if (head.hashAt) {
    const first = firstDifference(ledger, head.hashAt, head.auditId);
    return {
      ...base,
      verdict: 'disagrees',
      firstBadId: first,
      detail: `the ledger has another hash at #${head.auditId}; it first differs at #${first}`,
    };
  }
  return {
    ...base,
    verdict: 'disagrees',
    firstBadId: null,
    detail: `the ledger has another hash at #${head.auditId}: a row at or before it was changed`,
  };
}

/** Fingerprints typed at verify (from printed day sheets), each one a witness. */
export function typedWitnesses(fingerprints: Fingerprint[]): WitnessSource {
  return {
    heads: () =>
      fingerprints.map((f) => ({
        kind: 'fingerprint',
        label: formatFingerprint(f.auditId, f.prefix),
        auditId: f.auditId,
        hash: f.prefix,
      })),
  };
}

/** How a report names a witness: its kind, then which one. */
export function witnessName(kind: WitnessKind, label: string): string {
  return `${WITNESS_KIND_LABELS[kind].en} ${label}`;
}
