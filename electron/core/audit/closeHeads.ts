import { readCursor, type ReadSource } from '../../../db/access';
import type { WitnessSource } from './witnesses';

/**
 * The heads the day closes recorded (close_heads, 0030) — the fingerprints printed on their
 * sheets — held against the chain like any witness. They live in the ledger, so a forger can
 * rewrite them along with the chain; they catch one who forgets, and they are what the sheets
 * printed, which the fingerprints typed at verify then check from outside.
 */
export function closeHeadWitnesses(source: ReadSource): WitnessSource {
  return {
    heads() {
      const exists = readCursor(
        source,
        `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'close_heads'`,
      ).get();
      if (!exists) return [];
      const rows = readCursor(
        source,
        'SELECT for_date, head_id, head_hash FROM close_heads ORDER BY id',
      ).all() as {
        for_date: string;
        head_id: number;
        head_hash: string;
      }[];
      return rows.map((r) => ({ kind: 'close', label: r.for_date, auditId: r.head_id, hash: r.head_hash }));
    },
  };
}
