import type { Labels } from './labels';

/** Notifications to roles (SPEC §9). How to add a value: see ./index.ts. */

/** What raised a notification; its text comes from its `titleKey`, not from its kind. */
export const NOTIFICATION_KINDS = [
  'deputy_action',
  'low_ticket_stock',
  'ticket_reminder',
  'overdue_key',
  'handover_missing',
  'handover_difference',
  'user_locked_out',
  'ownership_dispute',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How loudly a notification speaks (notifications.severity, CHECKed by 0001_init). */
export const NOTIFICATION_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];
export const NOTIFICATION_SEVERITY_LABELS = {
  info: { 'zh-CN': '提示', en: 'Info' },
  warning: { 'zh-CN': '警告', en: 'Warning' },
  critical: { 'zh-CN': '严重', en: 'Critical' },
} as const satisfies Labels<NotificationSeverity>;
