import type { Messages } from './messages';

/** Wrong values, whichever namespace took them. */
export const COMMON_ERRORS = {
  INVALID_INPUT: {
    'zh-CN': '填写的内容有误：{reason}',
    en: 'Invalid input: {reason}',
  },
  TEXT_MALFORMED: {
    'zh-CN': '“{field}”中有无法保存的字符（不成对的 UTF-16 代理项，常见于残缺的粘贴内容），请删除后重新输入',
    en: '{field} holds a character that cannot be stored (an unpaired UTF-16 surrogate, often from a broken paste): delete it and type it again',
  },
  INVALID_PHONE: {
    'zh-CN': '“{phone}”不是有效的手机或固定电话号码',
    en: '"{phone}" is not a valid mobile or landline number',
  },
} as const satisfies Messages;
