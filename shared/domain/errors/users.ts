import type { Messages } from './messages';

/** The people of the office (`users.*`). */
export const USER_ERRORS = {
  USER_NOT_FOUND: {
    'zh-CN': '找不到用户 #{id}',
    en: 'No user #{id}',
  },
  NAME_TAKEN: {
    'zh-CN': '已有名为“{name}”的用户',
    en: 'A user named "{name}" already exists',
  },
  LAST_ADMIN: {
    'zh-CN': '不能停用或撤销最后一位系统管理员',
    en: 'The last administrator cannot be deactivated or lose the role',
  },
} as const satisfies Messages;
