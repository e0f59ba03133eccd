import type { Labels } from './labels';

/**
 * The office's side of the group headquarters (SPEC §13): how the last sync with HQ ended. How
 * to add a value: see ./index.ts.
 */
export const SYNC_STATES = [
  'synced',
  'partial',
  'fork',
  'behind',
  'invalid',
  'damaged',
  'refused',
  'unreachable',
  'no_office_id',
] as const;
export type SyncState = (typeof SYNC_STATES)[number];
export const SYNC_STATE_LABELS = {
  synced: { 'zh-CN': '总部已收齐', en: 'HQ holds the whole ledger' },
  partial: { 'zh-CN': '正在同步，尚有待发', en: 'Syncing, more to send' },
  fork: {
    'zh-CN': '总部拒收：台账与总部副本不一致（分叉）',
    en: 'Refused by HQ: the ledger differs from its copy (fork)',
  },
  behind: {
    'zh-CN': '总部副本比本台账更长（台账被恢复或替换？）',
    en: 'HQ holds more than this ledger (restored or replaced?)',
  },
  invalid: { 'zh-CN': '总部拒收：条目未通过校验', en: 'Refused by HQ: entries failed verification' },
  damaged: { 'zh-CN': '本台账未通过校验，未发送', en: 'This ledger fails verification: nothing sent' },
  refused: {
    'zh-CN': '总部拒绝连接（账号或门店编号不对）',
    en: 'HQ refused the login (wrong account or office id)',
  },
  unreachable: { 'zh-CN': '连不上总部，稍后自动重试', en: 'HQ unreachable; retrying later' },
  no_office_id: { 'zh-CN': '台账还没有门店编号', en: 'The ledger has no office id yet' },
} as const satisfies Labels<SyncState>;

/** The states in which HQ holds something this ledger does not match: people must look. */
export const SYNC_ALARM_STATES = [
  'fork',
  'behind',
  'invalid',
  'damaged',
] as const satisfies readonly SyncState[];
