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
  HOLDS_CONFIDENTIAL: {
    'zh-CN': '销控表只有专案经理、副理及其授权的人可以查看（000:721）；请询问单个房源是否可售',
    en: 'The sales-control board is for the manager, the deputy and those they authorise (000:721); ask about one unit instead',
  },
  UNIT_NOT_FREE: {
    'zh-CN': '{unit} 现在不可销控',
    en: '{unit} cannot be held now',
  },
  HOLD_NOT_OWN: {
    'zh-CN': '只能为自己的销控报告不定',
    en: 'You may report only on your own holds',
  },
  HOLD_NOT_REPORTABLE: {
    'zh-CN': '销控 #{id} 已不在待审批或保留中，不能报告不定',
    en: 'Hold #{id} is no longer pending or held: there is nothing to report',
  },
  HOLD_ALREADY_REPORTED: {
    'zh-CN': '销控 #{id} 已于 {at} 报告过不定，等待专案经理取消',
    en: 'Hold #{id} was reported at {at}; it waits for the manager',
  },
  GRANT_NOT_NEEDED: {
    'zh-CN': '{name} 本来就可以查看销控表',
    en: '{name} may read the board already',
  },
  GRANT_INACTIVE_USER: {
    'zh-CN': '{name} 已停用，不能授权',
    en: '{name} is deactivated and cannot be authorised',
  },
  GRANT_BAD_PERIOD: {
    'zh-CN': '授权期限须在将来结束、晚于开始，且不超过 {days} 天',
    en: 'The period must end in the future, after it begins, and last at most {days} days',
  },
  GRANT_NOT_FOUND: {
    'zh-CN': '找不到授权 #{id}',
    en: 'No authorisation #{id}',
  },
  GRANT_ALREADY_ENDED: {
    'zh-CN': '授权 #{id} 已经结束',
    en: 'Authorisation #{id} has already ended',
  },
  DEPOSIT_NO_LIST_PRICE: {
    'zh-CN': '{unit} 没有总价，请先在“房源”中填写总价再登记定金',
    en: '{unit} has no list price: enter it under Units before the deposit',
  },
  DEPOSIT_ABOVE_LIST: {
    'zh-CN': '成交价 {agreed} 高于总价 {list}：价格以房源总价为准，如需调整请先修改房源',
    en: 'The agreed price {agreed} is above the list price {list}: correct the unit first',
  },
  DEPOSIT_OVER_PRICE: {
    'zh-CN': '定金 {amount} 超过成交价 {agreed}',
    en: 'The deposit {amount} exceeds the agreed price {agreed}',
  },
  DEPOSIT_DISCOUNT_UNAPPROVED: {
    'zh-CN':
      '成交价 {agreed} 低于总价 {list}（优惠 {discount}）：须写明原因，并由专案经理输入 PIN 会签（004:461）',
    en: 'The agreed price {agreed} is below the list price {list} (a discount of {discount}): give the reason and have the manager countersign with a PIN (004:461)',
  },
  DEPOSIT_AGREEMENT_TAKEN: {
    'zh-CN': '定购协议号 {agreement} 已登记过',
    en: 'Agreement number {agreement} is already registered',
  },
  DEPOSIT_RECEIVER_INVALID: {
    'zh-CN': '{name} 不能作为收款人',
    en: '{name} cannot be named as having received the money',
  },
  DEPOSIT_CASH_RECEIVER: {
    'zh-CN': '现金定金须由前台接待员、客务助理或出纳收取（随票款交出纳），{name} 不能保管现金',
    en: 'Cash deposits are received by a receptionist, an assistant or the cashier (they reach the cashier with the takings); {name} does not keep cash',
  },
  DEPOSIT_RECEIVER_PIN: {
    'zh-CN': '现金交由 {name} 保管：须 {name} 本人输入 PIN 确认收到',
    en: 'The cash goes into the custody of {name}: {name} confirms with their own PIN',
  },
  DEPOSIT_NOT_FOUND: {
    'zh-CN': '找不到定金 #{id}',
    en: 'No deposit #{id}',
  },
  DEPOSIT_ALREADY_CONFIRMED: {
    'zh-CN': '定金（收据 {receipt}）已于 {at} 由 {cashier} 确认',
    en: 'The deposit (receipt {receipt}) was confirmed at {at} by {cashier}',
  },
  DEPOSIT_CASH_HANDED_IN: {
    'zh-CN': '现金定金（收据 {receipt}）已于 {at} 随票款交出纳 {cashier}，不需再确认',
    en: 'The cash deposit (receipt {receipt}) reached the cashier {cashier} with the takings at {at}: nothing to confirm',
  },
  DEPOSIT_CASH_WITH_RECEIVER: {
    'zh-CN': '现金定金（收据 {receipt}）在 {name} 处保管，随其票款交出纳时由出纳输入 PIN，不单独确认',
    en: 'The cash deposit (receipt {receipt}) is with {name}: it reaches the cashier with their takings, under her PIN',
  },
  CASHIER_REQUIRED: {
    'zh-CN': '须由出纳本人操作，或由出纳在此输入 PIN',
    en: 'The cashier does this, signed in or with her PIN here',
  },
  REFUND_NOT_FOUND: {
    'zh-CN': '找不到退款 #{id}',
    en: 'No refund #{id}',
  },
  REFUND_ALREADY_PAID: {
    'zh-CN': '退款 #{id} 已于 {at} 由 {cashier} 支付，不能重复支付',
    en: 'Refund #{id} was paid at {at} by {cashier}: it cannot be paid twice',
  },
  REFUND_ALREADY_TOLD: {
    'zh-CN': '退款 #{id} 已于 {at} 由 {name} 通知客户',
    en: 'The customer of refund #{id} was told at {at} by {name}',
  },
  REFUND_NOT_OWN: {
    'zh-CN': '只能记录自己客户的退款通知',
    en: 'You may record only that your own customer was told',
  },
} as const satisfies Messages;
