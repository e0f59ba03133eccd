import type { Messages } from './messages';

/** The owner-mail register (`mail.*`, SPEC §5). */
export const MAIL_ERRORS = {
  MAIL_NOT_FOUND: {
    'zh-CN': '找不到邮件登记 #{id}',
    en: 'No mail entry #{id}',
  },
  MAIL_ALREADY_HANDED_OUT: {
    'zh-CN': '这份邮件已于 {at} 交给 {name}',
    en: 'This mail was already handed to {name} at {at}',
  },
} as const satisfies Messages;
