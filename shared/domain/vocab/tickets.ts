import type { Labels } from './labels';

/** Consignment movie tickets and their counts (SPEC §6). How to add a value: see ./index.ts. */

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
