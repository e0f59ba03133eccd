import type { Messages } from './messages';

/** The office's id at headquarters and the sync with HQ (`sync.*`, SPEC §13). */
export const SYNC_ERRORS = {
  OFFICE_ID_SET: {
    'zh-CN': '本台账已有门店编号 {officeId}，不能更改（总部按它归档本店台账）',
    en: 'This ledger already has the office id {officeId}; it never changes (HQ files the ledger under it)',
  },
} as const satisfies Messages;
