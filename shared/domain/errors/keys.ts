import type { Messages } from './messages';

/** Front-desk keys (`keys.*`, SPEC §7). */
export const KEY_ERRORS = {
  KEY_NOT_FOUND: {
    'zh-CN': '没有编号为“{tag}”的钥匙',
    en: 'No key tagged "{tag}"',
  },
  KEY_TAG_TAKEN: {
    'zh-CN': '编号“{tag}”已被其他钥匙使用',
    en: 'The tag "{tag}" is already used',
  },
  KEY_COPY_NOT_FOUND: {
    'zh-CN': '钥匙 {tag} 没有第 {copy} 把',
    en: 'Key {tag} has no copy {copy}',
  },
  KEY_OUT: {
    'zh-CN': '钥匙 {tag} 已借出（{holder}），归还后才能再借',
    en: 'Key {tag} is out ({holder}): it must come back before it is issued again',
  },
  KEY_HOME: {
    'zh-CN': '钥匙 {tag} 在位，没有借出',
    en: 'Key {tag} is home, not out',
  },
  KEY_COPY_AMBIGUOUS: {
    'zh-CN': '钥匙 {tag} 有多把借出，请指明第几把',
    en: 'Several copies of key {tag} are out: say which copy',
  },
  KEY_LOST: {
    'zh-CN': '钥匙 {tag} 第 {copy} 把已报失',
    en: 'Copy {copy} of key {tag} is reported lost',
  },
  KEY_NOT_LOST: {
    'zh-CN': '钥匙 {tag} 第 {copy} 把没有报失',
    en: 'Copy {copy} of key {tag} is not lost',
  },
  KEY_RETIRED: {
    'zh-CN': '钥匙 {tag} 已停用',
    en: 'Key {tag} is retired',
  },
  KEY_NOT_RETIRABLE: {
    'zh-CN': '钥匙 {tag} 还有借出的，全部归还后才能停用',
    en: 'Key {tag} still has copies out: they must come back before it is retired',
  },
  KEY_COPIES_SHRINK: {
    'zh-CN': '钥匙数量只能增加（现有 {copies} 把）；少了的请报失',
    en: 'Copies only grow (there are {copies}); report a missing copy lost',
  },
  KEY_DUE_PAST: {
    'zh-CN': '应还时间已过，请填写将来的时间',
    en: 'The due-back time is in the past',
  },
  KEY_SAME_HOLDER: {
    'zh-CN': '钥匙已在此人手中',
    en: 'That person already holds the key',
  },
} as const satisfies Messages;
