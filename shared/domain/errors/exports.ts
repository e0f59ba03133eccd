import type { Messages } from './messages';

/** The day sheet and the other exports (`exports.*`, SPEC §8). */
export const EXPORT_ERRORS = {
  DAYSHEET_FUTURE_DATE: {
    'zh-CN': '{date} 还没到，不能导出日结对账单（今天是 {today}）',
    en: 'Cannot export the sheet of {date}: it is still to come (today is {today})',
  },
} as const satisfies Messages;
