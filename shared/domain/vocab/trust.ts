import type { Labels } from './labels';

// The ledger's tamper evidence: witnesses of the audit chain and its keyed seal (SPEC §2).

/** Where a witness of the chain's head was found. */
export const WITNESS_KINDS = ['backup', 'fingerprint', 'close', 'headquarters'] as const;
export type WitnessKind = (typeof WITNESS_KINDS)[number];
export const WITNESS_KIND_LABELS = {
  backup: { 'zh-CN': '备份', en: 'Backup' },
  fingerprint: { 'zh-CN': '纸面台账指纹', en: 'Printed fingerprint' },
  close: { 'zh-CN': '日结记录', en: 'Day close record' },
  headquarters: { 'zh-CN': '集团总部', en: 'Headquarters' },
} as const satisfies Labels<WitnessKind>;

/** What holding a witness against the ledger found. */
export const WITNESS_VERDICTS = ['extends', 'disagrees', 'truncated', 'unreadable', 'replaced'] as const;
export type WitnessVerdictKind = (typeof WITNESS_VERDICTS)[number];
export const WITNESS_VERDICT_LABELS = {
  extends: { 'zh-CN': '一致', en: 'Holds' },
  disagrees: { 'zh-CN': '不一致（被改动）', en: 'Disagrees (changed)' },
  truncated: { 'zh-CN': '台账缺少末尾记录', en: 'Rows missing at the end' },
  unreadable: { 'zh-CN': '无法读取', en: 'Unreadable' },
  replaced: { 'zh-CN': '已被恢复备份取代', en: 'Replaced by a restore' },
} as const satisfies Labels<WitnessVerdictKind>;

/** Why the audit rows' seals were not checked. */
export const SEAL_UNAVAILABLE = ['no-key', 'desktop-key', 'unreadable-key', 'no-desk'] as const;
export type SealUnavailable = (typeof SEAL_UNAVAILABLE)[number];
export const SEAL_UNAVAILABLE_LABELS = {
  'no-key': { 'zh-CN': '本机没有密钥', en: 'no key on this PC' },
  'desktop-key': {
    'zh-CN': '密钥由桌面程序保管，请在程序的“校验台账”中检查',
    en: 'the desktop app keeps the key: check with 校验台账 in the app',
  },
  'unreadable-key': { 'zh-CN': '密钥无法读取', en: 'the key cannot be read' },
  'no-desk': { 'zh-CN': '未在台账程序中运行', en: 'not run by a desk' },
} as const satisfies Labels<SealUnavailable>;
