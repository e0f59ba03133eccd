/**
 * Text a call may store: JavaScript strings are UTF-16, and one half of a surrogate pair without
 * the other (which a broken paste, a JSON `"\\ud800"` or a bad input method can produce) is no
 * character at all. SQLite keeps text as UTF-8, where it would silently become U+FFFD, so a
 * ledger entry would read back other than it was typed. Every string of every call's input is
 * checked before the contract even parses it, and the call is refused naming the field.
 */

/** With the `u` flag a paired surrogate is one character; only a lone half is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** The path of the first string (or object key) holding a lone surrogate, or null. */
export function loneSurrogateAt(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return wellFormed(value) ? null : at || '(input)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogateAt(value[i], `${at}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (!wellFormed(key)) return at || '(input)';
      const found = loneSurrogateAt(inner, path);
      if (found !== null) return found;
    }
  }
  return null;
}
