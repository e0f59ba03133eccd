import { hash } from 'node:crypto';

/**
 * A canonical JSON form: object keys sorted, no whitespace. Two rows with the same content
 * always give the same text, whatever order the driver returned the columns in.
 *
 * The text is exactly `JSON.stringify` of a copy of the value with every object's keys sorted
 * (bigints as strings; a key named "__proto__" kept as an own key, as PostgreSQL's jsonb keeps
 * it), written out directly: every audit row, every row it wrote and every row the sync sends is
 * hashed through here, and copying objects key by key cost more than the hashing.
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) items.push(write(value[i]) ?? 'null');
        return `[${items.join(',')}]`;
      }
      const parts: string[] = [];
      for (const key of orderedKeys(value)) {
        const text = write((value as Record<string, unknown>)[key]);
        if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined; // left out, as JSON.stringify does
  }
}

/** An array index as JavaScript enumerates it: before every other key, in numeric order. */
function isIndex(key: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Sorted keys, in the order a sorted copy of the object enumerates them (indices first). */
function orderedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  if (!keys.some((k) => k.charCodeAt(0) <= 57 && isIndex(k))) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}

/** One-shot (`crypto.hash`): about twice as fast as a Hash object for the short texts hashed here. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
