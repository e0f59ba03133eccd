/**
 * Money is integer fen (分) everywhere. Parsing goes through strings so no binary floating point
 * ever touches an amount (SPEC §2).
 */
export type Fen = number;

const AMOUNT = /^([+-])?(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Parses "1234.5", "¥1,234.50", "-3" into fen; returns null for anything that is not an amount. */
export function parseYuanToFen(text: string): Fen | null {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '')
    .trim();
  const m = AMOUNT.exec(cleaned);
  if (!m) return null;
  const [, sign, yuan, frac = ''] = m;
  const fen = Number(yuan) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign === '-' ? -fen : fen;
}

export function assertFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of fen: ${value}`);
  return value;
}

/** Formats fen as `¥1,234.50` (negative as `-¥1,234.50`). */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}
