import type { Role } from '../roles';
import type { Labels } from './labels';

/** The day close 日结 (SPEC §8). How to add a value: see ./index.ts. */

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
