import type { Labels } from './labels';

/**
 * Messages for colleagues who are out (留言, 000:683) and the disclosure of customers' numbers
 * (000:613). How to add a value: see ./index.ts.
 */

/** How the person who left a message reached the desk (messages.via, CHECKed by 0039_messages). */
export const MESSAGE_VIAS = ['call', 'visit'] as const;
export type MessageVia = (typeof MESSAGE_VIAS)[number];
export const MESSAGE_VIA_LABELS = {
  call: { 'zh-CN': '来电', en: 'Call' },
  visit: { 'zh-CN': '来访', en: 'Visit' },
} as const satisfies Labels<MessageVia>;
