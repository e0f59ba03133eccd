import type { Messages } from './messages';

/** The day close 日结 and the closed dates it locks (`dayclose.*`, SPEC §8). */
export const DAYCLOSE_ERRORS = {
  DAY_CLOSED: {
    'zh-CN': '{date} 已日结，不能再写入；更正请记入下一个营业日，或由经理重开该日',
    en: '{date} is closed: nothing more can be written into it; record corrections on the next open date, or have a manager reopen it',
  },
  DAYCLOSE_FUTURE: {
    'zh-CN': '{date} 还没到，不能日结',
    en: '{date} has not begun yet: it cannot be closed',
  },
  DAYCLOSE_LATER_CLOSED: {
    'zh-CN': '{later} 已日结，不能重开更早的 {date}；请先重开 {later}，或把更正记入下一个营业日',
    en: '{later} is closed, so the earlier {date} cannot be reopened: reopen {later} first, or record the correction on the next open date',
  },
  DAYCLOSE_NOT_CLOSED: {
    'zh-CN': '{date} 没有日结，无需重开',
    en: '{date} is not closed: nothing to reopen',
  },
  DAYCLOSE_COUNT_INVALID: {
    'zh-CN': '{what} 的数量必须是不小于 0 的整数（填写的是 {value}）',
    en: 'The count for {what} must be a whole number, not negative (got {value})',
  },
  DAYCLOSE_CASH_NOT_HANDED: {
    'zh-CN': '还有票款没有交给财务出纳：{who}',
    en: 'Ticket cash not yet handed to the cashier: {who}',
  },
  DAYCLOSE_CASH_NOT_COUNTED: {
    'zh-CN': '{date} 的票款还没有按面额清点交出纳',
    en: 'The ticket cash of {date} has not been counted by denomination and handed to the cashier',
  },
  DAYCLOSE_HANDOVER_UNACKNOWLEDGED: {
    'zh-CN': '交接班还没有接班人确认：{which}',
    en: 'Handover not acknowledged by the incoming person: {which}',
  },
  DAYCLOSE_KEYS_OUT: {
    'zh-CN': '以下钥匙未归位，也没有说明过夜原因：{keys}',
    en: 'These keys are out without an overnight reason: {keys}',
  },
  DAYCLOSE_STOCK_MISSING: {
    'zh-CN': '以下票种没有清点：{types}',
    en: 'Ticket types not counted: {types}',
  },
  DAYCLOSE_STOCK_TWICE: {
    'zh-CN': '票种“{type}”清点了两次',
    en: 'Ticket type "{type}" was counted twice',
  },
  DAYCLOSE_SIGNERS_SAME: {
    'zh-CN': '前台、出纳、经理须由三个不同的人签字',
    en: 'The receptionist, the cashier and the manager must be three different people',
  },
  DAYCLOSE_TAKINGS_MISSING: {
    'zh-CN': '请填写每种收款方式的对账单金额：{methods}',
    en: 'Enter the statement figure of every method: {methods}',
  },
  DAYCLOSE_TAKINGS_UNEXPLAINED: {
    'zh-CN': '{method}：对账单 {statement} 与账面 {ledger} 不符，请说明原因',
    en: '{method}: the statement {statement} differs from the ledger {ledger}; explain the difference',
  },
  DAYCLOSE_TAKINGS_NOT_CONFIRMED: {
    'zh-CN': '{date} 有非现金收款，尚未由出纳核对对账单并签字',
    en: 'The non-cash takings of {date} are not yet confirmed by the cashier against her statements',
  },
  DAYCLOSE_TAKINGS_STALE: {
    'zh-CN': '出纳核对后 {method} 的账面金额有变动（{confirmed} → {now}），请重新核对',
    en: 'The ledger of {method} changed since the cashier confirmed it ({confirmed} → {now}): confirm again',
  },
} as const satisfies Messages;
