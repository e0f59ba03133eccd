import type { Messages } from './messages';

/** Unit hold control 销控 (`holds.*`, SPEC §4). */
export const HOLD_ERRORS = {
  HOLD_NOT_FOUND: {
    'zh-CN': '找不到销控申请 #{id}',
    en: 'No hold request #{id}',
  },
  HOLD_NOT_PENDING: {
    'zh-CN': '销控申请 #{id} 已处理过（当前：{state}）',
    en: 'Hold request #{id} was already decided (now: {state})',
  },
  HOLD_NOT_HELD: {
    'zh-CN': '销控 #{id} 不在保留中（当前：{state}），不能执行此操作',
    en: 'Hold #{id} is not held (now: {state}): this cannot be done',
  },
  HOLD_NOT_RESERVED: {
    'zh-CN': '销控 #{id} 尚未下定（当前：{state}）',
    en: 'Hold #{id} has no deposit (now: {state})',
  },
  HOLD_EXPIRED: {
    'zh-CN': '销控 #{id} 已于 {at} 到期，房源已放出',
    en: 'Hold #{id} expired at {at}; the unit is released',
  },
  HOLD_SELF_APPROVAL: {
    'zh-CN': '不能审批自己提出的销控申请',
    en: 'You may not decide a hold request you made yourself',
  },
  HOLD_CONSULTANT_REQUIRED: {
    'zh-CN': '前台代为申请时须选择置业顾问，并由该顾问输入 PIN 会签',
    en: 'The desk must name the consultant and have them countersign with their PIN',
  },
  HOLD_NOT_CONSULTANT: {
    'zh-CN': '{name} 不是置业顾问',
    en: '{name} is not a consultant',
  },
  HOLD_FOR_OTHER: {
    'zh-CN': '置业顾问只能为自己的客户申请销控',
    en: 'A consultant may request holds only for their own customers',
  },
  HOLD_COUNTERSIGN_MISMATCH: {
    'zh-CN': '会签人必须是申请中的置业顾问 {name}',
    en: 'The countersign must be by the named consultant, {name}',
  },
  HOLD_RECEIPT_TAKEN: {
    'zh-CN': '收据号 {receipt} 已登记过',
    en: 'Receipt number {receipt} is already registered',
  },
  HOLD_REFUND_TOO_LARGE: {
    'zh-CN': '退款不能超过已收定金 {deposit}',
    en: 'The refund cannot exceed the deposit of {deposit}',
  },
} as const satisfies Messages;
