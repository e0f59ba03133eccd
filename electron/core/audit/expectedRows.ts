/**
 * What the audit rows say every audited row of the ledger must be: for each (table, key), the
 * audit row that last wrote it and the row's hash. Verify holds one entry per row of the ledger
 * (1.2 million on a five-year office), so an entry is kept small: a slot number in a Map per
 * table, and per slot the audit id in a typed array and the hash as 32 bytes in a buffer — where
 * a string key and an object per row held ~180 bytes a row and most of verify's 800 MB peak.
 *
 * Keys compare as their text did (`${table}#${key}`): 5 and "5" are one key, "05" another.
 */
const HASH_BYTES = 32;
const HEX_HASH = /^[0-9a-f]{64}$/;

type Key = string | number;

/** A key as its text compares: a whole number is kept as a number (cheap in a Map), anything else as text. */
function keyOf(key: Key): Key {
  if (typeof key === 'number') return Number.isSafeInteger(key) ? key + 0 : String(key);
  const n = Number(key);
  return Number.isSafeInteger(n) && String(n) === key ? n : key;
}

export interface ExpectedRow {
  auditId: number;
  hash: string;
}

export class ExpectedRows {
  private readonly byTable = new Map<string, Map<Key, number>>();
  private auditIds = new Float64Array(1024);
  private hashes = Buffer.alloc(1024 * HASH_BYTES);
  /** Hashes written in a writes list that are not 64 lowercase hex digits (a hand-made list). */
  private readonly oddHashes = new Map<number, string>();
  private slots = 0;

  has(table: string, key: Key): boolean {
    return this.byTable.get(table)?.has(keyOf(key)) ?? false;
  }

  /** Records a write; a row written again keeps its first place in the order of `remaining`. */
  set(table: string, key: Key, auditId: number, hash: string): void {
    let keys = this.byTable.get(table);
    if (!keys) this.byTable.set(table, (keys = new Map()));
    const k = keyOf(key);
    let slot = keys.get(k);
    if (slot === undefined) {
      slot = this.slots++;
      this.grow();
      keys.set(k, slot);
    }
    this.auditIds[slot] = auditId;
    if (HEX_HASH.test(hash)) {
      this.hashes.write(hash, slot * HASH_BYTES, HASH_BYTES, 'hex');
      this.oddHashes.delete(slot);
    } else {
      this.oddHashes.set(slot, hash);
    }
  }

  /** Takes the entry of a row found in the ledger: it is no longer expected. */
  take(table: string, key: Key): ExpectedRow | undefined {
    const keys = this.byTable.get(table);
    const k = keyOf(key);
    const slot = keys?.get(k);
    if (slot === undefined) return undefined;
    keys!.delete(k);
    return this.entry(slot);
  }

  /** The rows expected and not found, in the order they were first written. */
  remaining(): { table: string; key: Key; auditId: number }[] {
    const left: { slot: number; table: string; key: Key }[] = [];
    for (const [table, keys] of this.byTable) for (const [key, slot] of keys) left.push({ slot, table, key });
    return left
      .sort((a, b) => a.slot - b.slot)
      .map(({ slot, table, key }) => ({ table, key, auditId: this.auditIds[slot]! }));
  }

  private entry(slot: number): ExpectedRow {
    const odd = this.oddHashes.get(slot);
    const hash = odd ?? this.hashes.toString('hex', slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
    return { auditId: this.auditIds[slot]!, hash };
  }

  private grow(): void {
    if (this.slots <= this.auditIds.length) return;
    const ids = new Float64Array(this.auditIds.length * 2);
    ids.set(this.auditIds);
    this.auditIds = ids;
    const hashes = Buffer.alloc(ids.length * HASH_BYTES);
    this.hashes.copy(hashes);
    this.hashes = hashes;
  }
}
