import type { Labels } from './labels';

/** Shift handover and the owner-mail register (SPEC §5). How to add a value: see ./index.ts. */

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

/** Owner mail received at the desk (mail_items.kind, CHECKed by 0006_handover). */
export const MAIL_KINDS = ['letter', 'newspaper', 'magazine', 'parcel'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_KIND_LABELS = {
  letter: { 'zh-CN': '信', en: 'Letter' },
  newspaper: { 'zh-CN': '报', en: 'Newspaper' },
  magazine: { 'zh-CN': '刊', en: 'Magazine' },
  parcel: { 'zh-CN': '包裹', en: 'Parcel' },
} as const satisfies Labels<MailKind>;
