import type { Messages } from './messages';

/** The duty roster 排班 (`roster.*`, 000:729-741; 004:341). */
export const ROSTER_ERRORS = {
  ROSTER_DATE_OUTSIDE_MONTH: {
    'zh-CN': '{date} 不在 {month} 月内',
    en: '{date} is not in {month}',
  },
  ROSTER_DATE_PAST: {
    'zh-CN': '{date} 已经过去，排班不能再改；考勤请由经理更正',
    en: '{date} has passed: its roster stays as it was (the manager corrects attendance instead)',
  },
  ROSTER_SHIFT_UNKNOWN: {
    'zh-CN': '没有名为“{shift}”的班次（见设置中的班次）',
    en: 'There is no shift called "{shift}" (see the shifts in the settings)',
  },
  ROSTER_SHIFT_REQUIRED: {
    'zh-CN': '{name} {date}：上班须选择班次',
    en: '{name} {date}: a working day needs a shift',
  },
  ROSTER_LUNCH_NEEDS_SHIFT: {
    'zh-CN': '{name} {date} 不上班，不能安排午间值守',
    en: '{name} is not working on {date} and cannot cover lunch',
  },
  ROSTER_PERSON_UNKNOWN: {
    'zh-CN': '#{id} 不是在职员工，不能排班',
    en: '#{id} is not active staff and cannot be rostered',
  },
  ROSTER_TWICE: {
    'zh-CN': '{name} {date} 在一次提交中出现了两次',
    en: '{name} {date} appears twice in one change',
  },
  ROSTER_REST_WEEKEND: {
    'zh-CN': '{name} {date} 是周末：休假只能安排在周一至周五（000:739）',
    en: '{name} {date} is a weekend day: rest days fall on Monday to Friday only (000:739)',
  },
  ROSTER_REST_TOO_LATE: {
    'zh-CN': '{name} {date} 的休假须于上周五（{deadline}）之前决定，现在不能再改（000:739）',
    en: "{name}'s rest on {date} had to be decided by the Friday before ({deadline}); it cannot change now (000:739)",
  },
  ROSTER_LONG_REST_NEEDS_MANAGER: {
    'zh-CN': '{name} 连休 {days} 天（{from} 起）须经专案经理批准：请经理输入 PIN 会签（000:741）',
    en: "{name}'s {days} rest days in a row (from {from}) need the project manager's approval: the manager countersigns (000:741)",
  },
} as const satisfies Messages;
