import type { Labels } from './labels';
import type { Role } from './office';

/**
 * The front desk's custody ledgers: keys, movie tickets and their cash, shift handover and mail,
 * the day close. How to add a value: see ./index.ts.
 */

// Front-desk keys (SPEC §7).

/** What a key opens (keys.kind, CHECKed by 0005_keys). */
export const KEY_KINDS = ['front_desk', 'show_flat', 'office', 'sales_drawer', 'other'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];
export const KEY_KIND_LABELS = {
  front_desk: { 'zh-CN': '前台柜', en: 'Front-desk cabinet' },
  show_flat: { 'zh-CN': '样板房', en: 'Show flat' },
  office: { 'zh-CN': '办公室', en: 'Office' },
  sales_drawer: { 'zh-CN': '销控专用抽屉', en: 'Sales-control drawer' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Labels<KeyKind>;

/** The movements of a key copy (key_movements.kind, CHECKed by 0005_keys). */
export const KEY_MOVEMENT_KINDS = ['issued', 'returned', 'handed_over', 'lost', 'found'] as const;
export type KeyMovementKind = (typeof KEY_MOVEMENT_KINDS)[number];
export const KEY_MOVEMENT_KIND_LABELS = {
  issued: { 'zh-CN': '借出', en: 'Issued' },
  returned: { 'zh-CN': '归还', en: 'Returned' },
  handed_over: { 'zh-CN': '交接', en: 'Handed over' },
  lost: { 'zh-CN': '报失', en: 'Lost' },
  found: { 'zh-CN': '找回', en: 'Found' },
} as const satisfies Labels<KeyMovementKind>;

/** Where a copy is, derived from its movements. */
export const KEY_COPY_STATES = ['home', 'out', 'lost'] as const;
export type KeyCopyState = (typeof KEY_COPY_STATES)[number];

/** The board shows an out copy past its due-back time as overdue, a state of its own. */
export const KEY_SHOWN_STATES = [...KEY_COPY_STATES, 'overdue'] as const;
export type KeyShownState = (typeof KEY_SHOWN_STATES)[number];
export const KEY_STATE_LABELS = {
  home: { 'zh-CN': '在位', en: 'Home' },
  out: { 'zh-CN': '借出', en: 'Out' },
  lost: { 'zh-CN': '报失', en: 'Lost' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
} as const satisfies Labels<KeyShownState>;

// Consignment movie tickets and their counts (SPEC §6).

/** The movements of ticket stock (ticket_movements.kind, CHECKed by 0004_tickets). */
export const TICKET_MOVEMENT_KINDS = ['received', 'sold', 'voided', 'returned', 'adjusted'] as const;
export type TicketMovementKind = (typeof TICKET_MOVEMENT_KINDS)[number];
export const TICKET_MOVEMENT_KIND_LABELS = {
  received: { 'zh-CN': '入库', en: 'Received' },
  sold: { 'zh-CN': '售出', en: 'Sold' },
  voided: { 'zh-CN': '作废', en: 'Void' },
  returned: { 'zh-CN': '退回影院', en: 'Returned' },
  adjusted: { 'zh-CN': '盘点调整', en: 'Count adjustment' },
} as const satisfies Labels<TicketMovementKind>;
/** The exported movement list names each row's kind as a past event ("Voided", "Adjusted"). */
export const TICKET_MOVEMENT_KIND_EXPORT_LABELS = {
  received: { 'zh-CN': '入库', en: 'Received' },
  sold: { 'zh-CN': '售出', en: 'Sold' },
  voided: { 'zh-CN': '作废', en: 'Voided' },
  returned: { 'zh-CN': '退回影院', en: 'Returned' },
  adjusted: { 'zh-CN': '盘点调整', en: 'Adjusted' },
} as const satisfies Labels<TicketMovementKind>;

/** How a sale was paid (ticket_movements.payment_method, CHECKed by 0004_tickets). */
export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS = {
  cash: { 'zh-CN': '现金', en: 'Cash' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  card: { 'zh-CN': '刷卡', en: 'Card' },
} as const satisfies Labels<PaymentMethod>;

/** When stock or cash was counted (ticket_counts.occasion, CHECKed by 0004_tickets). */
export const COUNT_OCCASIONS = ['handover', 'day_close', 'spot'] as const;
export type CountOccasion = (typeof COUNT_OCCASIONS)[number];

/** What was counted (ticket_counts.subject, CHECKed by 0004_tickets). */
export const COUNT_SUBJECTS = ['stock', 'cash'] as const;
export type CountSubject = (typeof COUNT_SUBJECTS)[number];

// Ticket cash in custody (SPEC §6).

/** A hand-over of ticket cash (cash_transfers.kind, CHECKed by 0004_tickets). */
export const CASH_TRANSFER_KINDS = ['to_colleague', 'to_cashier'] as const;
export type CashTransferKind = (typeof CASH_TRANSFER_KINDS)[number];
/** On screen the colleague is the receptionist, the only one who may take ticket cash over. */
export const CASH_TRANSFER_KIND_LABELS = {
  to_colleague: { 'zh-CN': '交前台', en: 'To the receptionist' },
  to_cashier: { 'zh-CN': '交出纳', en: 'To the cashier' },
} as const satisfies Labels<CashTransferKind>;
/** The reconciliation sheet (print and .xlsx) keeps the office's paper wording. */
export const CASH_TRANSFER_KIND_SHEET_LABELS = {
  to_colleague: { 'zh-CN': '交同事', en: 'To colleague' },
  to_cashier: { 'zh-CN': '交出纳', en: 'To cashier' },
} as const satisfies Labels<CashTransferKind>;

/**
 * A line of a person's cash custody (cash_movements.kind, CHECKed by 0004_tickets, widened by
 * 0024 and 0041): `deposit` is a unit's deposit 定金 paid in cash, in the custody of whoever
 * received it; `variance` a difference found when a handover was counted (a hand-in's difference
 * is its transfer's `count_variance`).
 */
export const CASH_MOVEMENT_KINDS = [
  'sale',
  'void',
  'transfer_out',
  'transfer_in',
  'to_cashier',
  'count_variance',
  'deposit',
  'variance',
] as const;
export type CashMovementKind = (typeof CASH_MOVEMENT_KINDS)[number];

/** Where a cash variance 长短款 was found (cash_variances.occasion, CHECKed by 0041). */
export const CASH_VARIANCE_OCCASIONS = ['handover', 'hand_in'] as const;
export type CashVarianceOccasion = (typeof CASH_VARIANCE_OCCASIONS)[number];
export const CASH_VARIANCE_OCCASION_LABELS = {
  handover: { 'zh-CN': '交接班清点', en: 'Handover count' },
  hand_in: { 'zh-CN': '交出纳清点', en: 'Hand-in to the cashier' },
} as const satisfies Labels<CashVarianceOccasion>;

/** The manager's decision on a cash variance (cash_variance_decisions.decision, CHECKed by 0041). */
export const CASH_VARIANCE_DECISIONS = ['charged', 'written_off'] as const;
export type CashVarianceDecision = (typeof CASH_VARIANCE_DECISIONS)[number];
export const CASH_VARIANCE_DECISION_LABELS = {
  charged: { 'zh-CN': '由本人承担', en: 'Charged to the person' },
  written_off: { 'zh-CN': '核销', en: 'Written off' },
} as const satisfies Labels<CashVarianceDecision>;

// Shift handover and the owner-mail register (SPEC §5).

/** Where a handover difference was found (handover_differences.section, CHECKed by 0006_handover). */
export const HANDOVER_SECTIONS = ['item', 'key', 'mail', 'ticket', 'cash'] as const;
export type HandoverSection = (typeof HANDOVER_SECTIONS)[number];
export const HANDOVER_SECTION_LABELS = {
  item: { 'zh-CN': '物品', en: 'Items' },
  key: { 'zh-CN': '钥匙', en: 'Keys' },
  mail: { 'zh-CN': '信报刊', en: 'Mail' },
  ticket: { 'zh-CN': '电影票', en: 'Tickets' },
  cash: { 'zh-CN': '票款', en: 'Ticket cash' },
} as const satisfies Labels<HandoverSection>;

/** What happened to a handover task (handover_task_events.kind, CHECKed by 0006_handover). */
export const HANDOVER_TASK_EVENT_KINDS = ['done'] as const;
export type HandoverTaskEventKind = (typeof HANDOVER_TASK_EVENT_KINDS)[number];

/** Where a handover stands at the day close. */
export const HANDOVER_ACK_STATES = ['pending', 'acknowledged', 'differences'] as const;
export type HandoverAckState = (typeof HANDOVER_ACK_STATES)[number];
export const HANDOVER_ACK_STATE_LABELS = {
  pending: { 'zh-CN': '未确认', en: 'Not acknowledged' },
  acknowledged: { 'zh-CN': '已确认', en: 'Acknowledged' },
  differences: { 'zh-CN': '已确认，有差异', en: 'Acknowledged, with differences' },
} as const satisfies Labels<HandoverAckState>;

/**
 * What waits at the desk for someone (mail_items.kind, CHECKed by 0006_handover, widened by
 * 0027): owner mail that arrived (000:619), and items a person left at the desk — kept for
 * themselves (寄存) or for someone else (转交), which need approval (000:615).
 */
export const MAIL_KINDS = ['letter', 'newspaper', 'magazine', 'parcel', 'stored', 'forwarded'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_KIND_LABELS = {
  letter: { 'zh-CN': '信', en: 'Letter' },
  newspaper: { 'zh-CN': '报', en: 'Newspaper' },
  magazine: { 'zh-CN': '刊', en: 'Magazine' },
  parcel: { 'zh-CN': '包裹', en: 'Parcel' },
  stored: { 'zh-CN': '寄存', en: 'Left in store' },
  forwarded: { 'zh-CN': '转交', en: 'To pass on' },
} as const satisfies Labels<MailKind>;
/** Owner mail delivered to the desk: logged without approval (000:619). */
export const OWNER_MAIL_KINDS = [
  'letter',
  'newspaper',
  'magazine',
  'parcel',
] as const satisfies readonly MailKind[];
/** Items left at the desk for someone: kept only with the deputy's or manager's approval (000:615). */
export const LEFT_ITEM_KINDS = ['stored', 'forwarded'] as const satisfies readonly MailKind[];

// The day close 日结 (SPEC §8).

/** What happened to a business date (day_close_events.kind, CHECKed by 0007_dayclose). */
export const DAY_CLOSE_EVENT_KINDS = ['closed', 'reopened'] as const;
export type DayCloseEventKind = (typeof DAY_CLOSE_EVENT_KINDS)[number];

/** Where a date stands: open until its first close, then the kind of its latest close event. */
export const DAY_STATUSES = ['open', ...DAY_CLOSE_EVENT_KINDS] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];
export const DAY_STATUS_LABELS = {
  open: { 'zh-CN': '未日结', en: 'Open' },
  closed: { 'zh-CN': '已日结', en: 'Closed' },
  reopened: { 'zh-CN': '已重开', en: 'Reopened' },
} as const satisfies Labels<DayStatus>;

/**
 * Who signs the close, in the order they sign (day_close_signatures.role, CHECKed by
 * 0007_dayclose). Their names are the roles' (ROLE_LABELS); the close form's own wording of
 * them is in the catalogue (`dayclose.sign`, `dayclose.role`), typed by this vocabulary.
 */
export const SIGNING_ROLES = ['receptionist', 'cashier', 'manager'] as const satisfies readonly Role[];
export type SigningRole = (typeof SIGNING_ROLES)[number];
