import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, roleSchema } from './common';

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

export const notificationSchema = z.object({
  id: idSchema,
  at: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  severity: z.enum(['info', 'warning', 'critical']),
  /** i18n key of the title in the `notifications` namespace, filled with params. */
  titleKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  forRoles: z.array(roleSchema),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notifications = {
  list: defineCall({
    summary: "The notification area: what is addressed to the user's roles",
    access: 'signedIn',
    background: true,
    mutates: false,
    input: z.object({ unreadOnly: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.array(notificationSchema), unread: z.number().int() }),
  }),
  markRead: defineCall({
    summary: 'Mark notifications read for the signed-in user',
    access: 'signedIn',
    mutates: true,
    input: z.object({ ids: z.array(idSchema).min(1).max(500) }).strict(),
    output: z.object({ unread: z.number().int() }),
  }),
};
