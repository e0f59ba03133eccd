import type { Labels } from './labels';

/** People, sign-in and the audit chain (SPEC §1). How to add a value: see ./index.ts. */

/** How a person proves who they are (users.secret_kind, CHECKed by 0001_init). */
export const SECRET_KINDS = ['pin', 'password'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];
export const SECRET_KIND_LABELS = {
  pin: { 'zh-CN': 'PIN', en: 'PIN' },
  password: { 'zh-CN': '密码', en: 'Password' },
} as const satisfies Labels<SecretKind>;

/** Why a secret was checked (sign_in_attempts.purpose, CHECKed by 0001_init). */
export const SIGN_IN_PURPOSES = ['sign_in', 'countersign', 'change_secret'] as const;
export type SignInPurpose = (typeof SIGN_IN_PURPOSES)[number];

/** How a call ended, as the audit chain records it (audit_log.outcome, CHECKed by 0011_audit_chain). */
export const AUDIT_OUTCOMES = ['ok', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export const AUDIT_OUTCOME_LABELS = {
  ok: { 'zh-CN': '成功', en: 'Done' },
  refused: { 'zh-CN': '被拒绝', en: 'Refused' },
} as const satisfies Labels<AuditOutcome>;
