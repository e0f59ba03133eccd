import type { Messages } from './messages';

/** Setting up, signing in, secrets and countersigns (`auth.*`). */
export const AUTH_ERRORS = {
  SETUP_DONE: {
    'zh-CN': '系统已经初始化过了',
    en: 'SiteDesk is already set up',
  },
  WRONG_SECRET: {
    'zh-CN': 'PIN 或密码错误，还可以再试 {remaining} 次',
    en: 'Wrong PIN or password: {remaining} tries left',
  },
  USER_LOCKED_OUT: {
    'zh-CN': '连续输错 5 次，{name} 已被锁定，请于 {until} 后再试',
    en: 'Five wrong tries: {name} is locked until {until}',
  },
  USER_INACTIVE: {
    'zh-CN': '{name} 已停用',
    en: '{name} is deactivated',
  },
  PIN_FORMAT: {
    'zh-CN': 'PIN 必须是 4–8 位数字',
    en: 'A PIN is 4 to 8 digits',
  },
  PASSWORD_FORMAT: {
    'zh-CN': '密码至少 8 位，且须同时包含字母和数字',
    en: 'A password has at least 8 characters, with letters and digits',
  },
  PASSWORD_NOT_ALLOWED: {
    'zh-CN': '只有专案经理和系统管理员可以使用密码，其他人请使用 PIN',
    en: 'Only managers and administrators may use a password; others use a PIN',
  },
  COUNTERSIGN_REQUIRED: {
    'zh-CN': '此操作需要第二人（{roles}）输入 PIN 会签',
    en: 'This needs a second person ({roles}) to countersign with a PIN',
  },
  COUNTERSIGN_SELF: {
    'zh-CN': '会签人不能是操作人本人',
    en: 'The countersigner must be someone other than you',
  },
  COUNTERSIGN_ROLE: {
    'zh-CN': '{name} 不能会签此操作（需要：{roles}）',
    en: '{name} may not countersign this (needs: {roles})',
  },
} as const satisfies Messages;
