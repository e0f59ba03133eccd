import type { Messages } from './messages';

/** The audit trail and its verification (`audit.*`). */
export const AUDIT_ERRORS = {
  FINGERPRINT_INVALID: {
    'zh-CN': '“{text}”不是台账指纹。台账指纹形如 1234:3FA2-9C1B-77E0-D4A5（记录号、冒号、16 位十六进制）',
    en: '"{text}" is not a ledger fingerprint. One reads like 1234:3FA2-9C1B-77E0-D4A5 (row number, colon, 16 hex digits)',
  },
} as const satisfies Messages;
