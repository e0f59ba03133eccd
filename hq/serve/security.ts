import { timingSafeEqual } from 'node:crypto';

/**
 * The HQ page's headers and token check, the web host's rules (electron/core/webSecurity.ts)
 * for a page with no script at all: nothing runs, nothing is framed, nothing is sent anywhere.
 */
export const HQ_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Compares secrets in constant time, so a wrong token's timing tells nothing of the right one. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}
