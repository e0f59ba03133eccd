import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, messageParamsSchema, roleSchema } from './common';
import { NOTIFICATION_KINDS, NOTIFICATION_RESOLUTIONS, NOTIFICATION_SEVERITIES } from '../domain/vocab';

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { NOTIFICATION_KINDS };

export const notificationSchema = z.object({
  id: idSchema,
  at: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  severity: z.enum(NOTIFICATION_SEVERITIES),
  /** i18n key of the title in the `notifications` namespace, filled with params. */
  titleKey: z.string(),
  params: messageParamsSchema,
  forRoles: z.array(roleSchema),
  /** Addressed to the signed-in person by name (not only through their roles). */
  personal: z.boolean(),
  read: z.boolean(),
  /**
   * No longer an alarm, and why (the low stock was received, a newer notice replaced it): shown
   * as resolved, and not counted as unread.
   */
  resolved: z.object({ reason: z.enum(NOTIFICATION_RESOLUTIONS), at: z.string() }).nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notifications = {
  list: defineCall({
    summary:
      "The notification area: what is addressed to the user's roles or to them by name (unread: open and not read)",
    access: 'signedIn',
    background: true,
    mutates: false,
    kept: true,
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
