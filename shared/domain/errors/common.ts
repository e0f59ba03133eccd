import type { Messages } from './messages';

/** Wrong values, whichever namespace took them. */
export const COMMON_ERRORS = {
  INVALID_INPUT: {
    'zh-CN': '填写的内容有误：{reason}',
    en: 'Invalid input: {reason}',
  },
  INVALID_PHONE: {
    'zh-CN': '“{phone}”不是有效的手机或固定电话号码',
    en: '"{phone}" is not a valid mobile or landline number',
  },
} as const satisfies Messages;
