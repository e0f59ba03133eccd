/**
 * Floor area in hundredths of a square metre (integer), like money in fen: parsed through text so
 * no binary floating point is involved. "89.5" or "89.5㎡" → 8950.
 */
const AREA = /^(\d{1,5})(?:\.(\d{1,2}))?$/;

export function parseAreaCenti(text: string): number | null {
  const m = AREA.exec(text.trim().replace(/(㎡|m²|m2|平方米|平米)$/i, ''));
  if (!m) return null;
  const centi = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return centi > 0 ? centi : null;
}
