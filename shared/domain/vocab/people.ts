import type { Labels } from './labels';

/**
 * The people at the desk: attendance 签到签退, outings 外出登记, the duty roster 排班 and the
 * opening and closing checks 开/闭店检查 (000:625, 647, 705, 727-751; 004:211-223, 689-719).
 * How to add a value: see ./index.ts.
 */

// Attendance 签到签退.

/** A clocking: in or out (attendance_punches.kind, CHECKed by 0033_attendance). */
export const PUNCH_KINDS = ['in', 'out'] as const;
export type PunchKind = (typeof PUNCH_KINDS)[number];
export const PUNCH_KIND_LABELS = {
  in: { 'zh-CN': '签到', en: 'Clock in' },
  out: { 'zh-CN': '签退', en: 'Clock out' },
} as const satisfies Labels<PunchKind>;

/**
 * Who wrote a clocking (attendance_punches.source, CHECKed by 0033_attendance): the person with
 * their own PIN, or the manager correcting it with a reason.
 */
export const PUNCH_SOURCES = ['clock', 'correction'] as const;
export type PunchSource = (typeof PUNCH_SOURCES)[number];
export const PUNCH_SOURCE_LABELS = {
  clock: { 'zh-CN': '本人打卡', en: 'Own PIN' },
  correction: { 'zh-CN': '经理更正', en: "Manager's correction" },
} as const satisfies Labels<PunchSource>;

/** How a person's working day stands, derived from the roster and the clockings (never stored). */
export const ATTENDANCE_DAY_STATES = [
  'worked',
  'on_duty',
  'missed_out',
  'absent',
  'expected',
  'rest',
  'none',
] as const;
export type AttendanceDayState = (typeof ATTENDANCE_DAY_STATES)[number];
export const ATTENDANCE_DAY_STATE_LABELS = {
  worked: { 'zh-CN': '出勤', en: 'Worked' },
  on_duty: { 'zh-CN': '在岗', en: 'On duty' },
  missed_out: { 'zh-CN': '未签退', en: 'No clock-out' },
  absent: { 'zh-CN': '缺勤', en: 'Absent' },
  expected: { 'zh-CN': '待签到', en: 'Expected' },
  rest: { 'zh-CN': '休息', en: 'Rest day' },
  none: { 'zh-CN': '未排班', en: 'Not rostered' },
} as const satisfies Labels<AttendanceDayState>;

// Outings 外出登记.

/** What follows an outing (outing_events.kind, CHECKed by 0034_outings). */
export const OUTING_EVENT_KINDS = ['returned', 'return_corrected', 'cancelled', 'overdue_notified'] as const;
export type OutingEventKind = (typeof OUTING_EVENT_KINDS)[number];
export const OUTING_EVENT_KIND_LABELS = {
  returned: { 'zh-CN': '返回', en: 'Back' },
  return_corrected: { 'zh-CN': '更正返回时间', en: 'Return time corrected' },
  cancelled: { 'zh-CN': '撤销', en: 'Cancelled' },
  overdue_notified: { 'zh-CN': '逾期提醒', en: 'Overdue notice' },
} as const satisfies Labels<OutingEventKind>;

/** Where an outing stands, derived from its events. */
export const OUTING_STATES = ['out', 'returned', 'cancelled'] as const;
export type OutingState = (typeof OUTING_STATES)[number];
export const OUTING_STATE_LABELS = {
  out: { 'zh-CN': '外出中', en: 'Out' },
  returned: { 'zh-CN': '已返回', en: 'Back' },
  cancelled: { 'zh-CN': '已撤销', en: 'Cancelled' },
} as const satisfies Labels<OutingState>;

// The duty roster 排班.

/** A roster cell as set (roster_entries.duty, CHECKed by 0035_roster); `clear` takes it back. */
export const ROSTER_DUTIES = ['shift', 'rest', 'clear'] as const;
export type RosterDuty = (typeof ROSTER_DUTIES)[number];
export const ROSTER_DUTY_LABELS = {
  shift: { 'zh-CN': '上班', en: 'On shift' },
  rest: { 'zh-CN': '休', en: 'Rest' },
  clear: { 'zh-CN': '不排', en: 'Not rostered' },
} as const satisfies Labels<RosterDuty>;

// Opening and closing checks 开/闭店检查.

/** Which check of the day (desk_checks.kind, CHECKed by 0036_desk_checks). */
export const DESK_CHECK_KINDS = ['opening', 'closing'] as const;
export type DeskCheckKind = (typeof DESK_CHECK_KINDS)[number];
export const DESK_CHECK_KIND_LABELS = {
  opening: { 'zh-CN': '开店检查', en: 'Opening check' },
  closing: { 'zh-CN': '闭店检查', en: 'Closing check' },
} as const satisfies Labels<DeskCheckKind>;
