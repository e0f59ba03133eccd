import type { Messages } from './messages';

/** Messages for colleagues who are out (`messages.*`, 000:683). */
export const MESSAGE_ERRORS = {
  MESSAGE_NOT_FOUND: {
    'zh-CN': '找不到留言 #{id}',
    en: 'No message #{id}',
  },
  MESSAGE_RECIPIENT_UNKNOWN: {
    'zh-CN': '留言只能留给在职的同事',
    en: 'A message can only be left for a current colleague',
  },
  MESSAGE_CALL_BACK_PAST: {
    'zh-CN': '回电时间须晚于现在（{now}）',
    en: 'The call-back time must be later than now ({now})',
  },
  MESSAGE_ALREADY_DONE: {
    'zh-CN': '这条留言已于 {at} 由 {name} 处理',
    en: 'This message was already dealt with by {name} at {at}',
  },
  MESSAGE_CALLED_BACK_OUTSIDE: {
    'zh-CN': '回电时间须在留言时间（{from}）与现在（{to}）之间',
    en: 'The call-back time must be between the message ({from}) and now ({to})',
  },
  MESSAGE_NOT_YOURS: {
    'zh-CN': '只有留言的收件人或专案经理可以标记回电',
    en: 'Only the person the message is for, or the manager, can mark it called back',
  },
} as const satisfies Messages;
