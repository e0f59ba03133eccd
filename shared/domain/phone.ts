/**
 * Mainland China phone numbers: mobiles (11 digits, 1[3-9]x) and fixed lines with area code.
 * Stored normalised (digits only, no +86); shown masked to everyone but managers and the
 * customer's own consultant (SPEC §2, 000:613).
 */
const MOBILE = /^1[3-9]\d{9}$/;
const FIXED = /^0\d{2,3}\d{7,8}$/;

/** Returns the normalised number, or null when the text is not a mainland phone number. */
export function normalizePhone(text: string): string | null {
  let digits = text.replace(/[\s\-()（）.]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return null;
  if (MOBILE.test(digits) || FIXED.test(digits)) return digits;
  return null;
}

/** `13812345678` → `138****5678`; fixed lines keep area code and last four. */
export function maskPhone(normalized: string): string {
  if (MOBILE.test(normalized)) return `${normalized.slice(0, 3)}****${normalized.slice(7)}`;
  if (normalized.length <= 4) return '*'.repeat(normalized.length);
  const areaLen = normalized.startsWith('01') || normalized.startsWith('02') ? 3 : 4;
  const head = normalized.slice(0, Math.min(areaLen, normalized.length - 4));
  return `${head}${'*'.repeat(normalized.length - head.length - 4)}${normalized.slice(-4)}`;
}
