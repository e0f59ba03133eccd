import type { Labels } from './labels';

/** Front-desk keys (SPEC §7). How to add a value: see ./index.ts. */

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
