import type { Messages } from './messages';

/** Attendance 签到签退 (`attendance.*`, 000:647, 705; 004:689-691). */
export const ATTENDANCE_ERRORS = {
  ATTENDANCE_PROXY: {
    'zh-CN': '不能替别人打卡（代签）：{name} 须输入本人 PIN。{actor} 的这次代签已记录并通知经理',
    en: 'Nobody clocks for someone else: {name} must type their own PIN. This attempt by {actor} is recorded and the manager told',
  },
  ATTENDANCE_NOT_STAFF: {
    'zh-CN': '{name} 是系统账号，不参加考勤',
    en: '{name} is a system account and does not clock in',
  },
  ATTENDANCE_ALREADY_IN: {
    'zh-CN': '{name} 今天已于 {at} 签到',
    en: '{name} already clocked in today at {at}',
  },
  ATTENDANCE_ALREADY_OUT: {
    'zh-CN': '{name} 今天已于 {at} 签退',
    en: '{name} already clocked out today at {at}',
  },
  ATTENDANCE_NOT_IN: {
    'zh-CN': '{name} 今天还没有签到，不能签退',
    en: '{name} has not clocked in today and cannot clock out',
  },
  ATTENDANCE_DATE_FUTURE: {
    'zh-CN': '{date} 还没有到，不能更正',
    en: '{date} has not come yet: nothing to correct',
  },
  ATTENDANCE_TIME_OUTSIDE_DAY: {
    'zh-CN': '更正的时间 {at} 不在营业日 {date} 之内',
    en: 'The corrected time {at} is not within the business date {date}',
  },
  ATTENDANCE_TIME_FUTURE: {
    'zh-CN': '更正的时间 {at} 还没有到',
    en: 'The corrected time {at} has not come yet',
  },
  ATTENDANCE_OUT_BEFORE_IN: {
    'zh-CN': '签退时间 {out} 不能早于签到时间 {in}',
    en: 'The clock-out time {out} cannot be before the clock-in time {in}',
  },
  ATTENDANCE_NOTHING_TO_REMOVE: {
    'zh-CN': '{name} 在 {date} 没有{kind}记录，无可撤销',
    en: '{name} has no {kind} on {date} to remove',
  },
} as const satisfies Messages;
