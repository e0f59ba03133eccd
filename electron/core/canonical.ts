import { createHash } from 'node:crypto';

/**
 * A canonical JSON form: object keys sorted, no whitespace. Two rows with the same content
 * always give the same text, whatever order the driver returned the columns in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // Defined, not assigned: a key named "__proto__" stays an own key (and in the text), as it
      // does in PostgreSQL's jsonb, instead of setting the prototype and vanishing.
      Object.defineProperty(out, key, {
        value: sortKeys((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
