import type { Labels } from './labels';

/** Unit hold control 销控 (SPEC §4). How to add a value: see ./index.ts. */

/** What the board shows of a unit: `pending` is a request waiting for a manager (a live claim). */
export const UNIT_STATUSES = ['available', 'pending', 'held', 'reserved', 'signed', 'withheld'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_STATUS_LABELS = {
  available: { 'zh-CN': '可售', en: 'Available' },
  pending: { 'zh-CN': '待审批', en: 'Pending' },
  held: { 'zh-CN': '保留中', en: 'Held' },
  reserved: { 'zh-CN': '已下定', en: 'Reserved' },
  signed: { 'zh-CN': '已签约', en: 'Signed' },
  withheld: { 'zh-CN': '不可售', en: 'Withheld' },
} as const satisfies Labels<UnitStatus>;

/** Where a hold stands, derived from its events (never stored). */
export const HOLD_STATES = [
  'pending',
  'held',
  'reserved',
  'signed',
  'rejected',
  'released',
  'cancelled',
] as const;
export type HoldState = (typeof HOLD_STATES)[number];
export const HOLD_STATE_LABELS = {
  pending: { 'zh-CN': '待审批', en: 'Pending' },
  held: { 'zh-CN': '保留中', en: 'Held' },
  reserved: { 'zh-CN': '已下定', en: 'Reserved' },
  signed: { 'zh-CN': '已签约', en: 'Signed' },
  rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
  released: { 'zh-CN': '已放出', en: 'Released' },
  cancelled: { 'zh-CN': '已退定', en: 'Cancelled' },
} as const satisfies Labels<HoldState>;

/** The events of a hold (hold_events.kind, CHECKed by 0003_holds). */
export const HOLD_EVENT_KINDS = [
  'requested',
  'approved',
  'extended',
  'rejected',
  'deposit',
  'released',
  'signed',
  'cancelled',
] as const;
export type HoldEventKind = (typeof HOLD_EVENT_KINDS)[number];
export const HOLD_EVENT_KIND_LABELS = {
  requested: { 'zh-CN': '申请销控', en: 'Requested' },
  approved: { 'zh-CN': '批准保留', en: 'Approved' },
  extended: { 'zh-CN': '延长保留', en: 'Extended' },
  rejected: { 'zh-CN': '驳回', en: 'Rejected' },
  deposit: { 'zh-CN': '登记定金', en: 'Deposit' },
  released: { 'zh-CN': '放出', en: 'Released' },
  signed: { 'zh-CN': '签约', en: 'Signed' },
  cancelled: { 'zh-CN': '退定', en: 'Cancelled' },
} as const satisfies Labels<HoldEventKind>;

/** Why a row of a unit import file was refused; the row number says where. */
export const IMPORT_REFUSALS = [
  'missing_field',
  'bad_floor',
  'bad_area',
  'bad_price',
  'too_long',
  'duplicate_in_file',
  'exists',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];
export const IMPORT_REFUSAL_LABELS = {
  missing_field: { 'zh-CN': '缺少必填项', en: 'A required field is empty' },
  bad_floor: { 'zh-CN': '楼层不是有效整数', en: 'The floor is not a whole number' },
  bad_area: {
    'zh-CN': '面积不是有效数字（最多两位小数）',
    en: 'The area is not a number (two decimals at most)',
  },
  bad_price: { 'zh-CN': '总价不是有效金额', en: 'The price is not an amount' },
  too_long: { 'zh-CN': '内容过长', en: 'Too long' },
  duplicate_in_file: { 'zh-CN': '文件内重复', en: 'Twice in the file' },
  exists: { 'zh-CN': '房源已存在', en: 'Already exists' },
} as const satisfies Labels<ImportRefusal>;
