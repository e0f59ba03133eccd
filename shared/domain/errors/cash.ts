import type { Messages } from './messages';

/** Ticket cash in custody and its counts (`cash.*`, SPEC §6). */
export const CASH_ERRORS = {
  CASH_INSUFFICIENT: {
    'zh-CN': '{name} 保管的票款只有 {balance}，不能交出 {wanted}',
    en: '{name} holds only {balance} of ticket cash: cannot hand over {wanted}',
  },
  CASH_TRANSFER_SELF: {
    'zh-CN': '不能把票款交给自己',
    en: 'Cash cannot be handed to oneself',
  },
  CASH_NOTHING_TO_HAND: {
    'zh-CN': '没有可交的票款',
    en: 'There is no ticket cash to hand over',
  },
  VARIANCE_UNEXPLAINED: {
    'zh-CN': '实点 {counted} 与账面 {expected} 不符，请说明原因',
    en: 'Counted {counted} differs from the ledger {expected}: explain the difference',
  },
  CASH_VARIANCE_NOT_FOUND: {
    'zh-CN': '找不到这笔长短款（#{id}）',
    en: 'No such cash variance (#{id})',
  },
  CASH_VARIANCE_DECIDED: {
    'zh-CN': '这笔长短款已由 {name} 处理（{decision}），不能再改',
    en: 'This cash variance was already decided by {name} ({decision})',
  },
  CASH_VARIANCE_OWN: {
    'zh-CN': '不能处理自己经手的长短款，请另一位经理处理',
    en: 'A variance of your own cash is decided by another manager',
  },
} as const satisfies Messages;
