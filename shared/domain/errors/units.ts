import type { Messages } from './messages';

/** Units and their import (`units.*`). */
export const UNIT_ERRORS = {
  UNIT_NOT_FOUND: {
    'zh-CN': '找不到房源 #{id}',
    en: 'No unit #{id}',
  },
  UNIT_CLAIMED: {
    'zh-CN': '{unit} 已被 {consultant} 销控中，不能重复销控',
    en: '{unit} is already claimed by {consultant}: no double sale',
  },
  UNIT_WITHHELD: {
    'zh-CN': '{unit} 不可售',
    en: '{unit} is withheld from sale',
  },
  IMPORT_BAD_FILE: {
    'zh-CN': '无法读取导入文件：{reason}',
    en: 'The import file cannot be read: {reason}',
  },
  IMPORT_MISSING_COLUMNS: {
    'zh-CN': '导入文件缺少列：{columns}',
    en: 'The import file lacks the columns: {columns}',
  },
} as const satisfies Messages;
