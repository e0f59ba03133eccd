import type { Messages } from './messages';

/** Customer complaints (`complaints.*`): the card, its handling, its deadlines, its revisit. */
export const COMPLAINT_ERRORS = {
  COMPLAINT_NOT_FOUND: {
    'zh-CN': '找不到投诉 #{id}',
    en: 'No complaint #{id}',
  },
  COMPLAINT_RECEIVED_IN_FUTURE: {
    'zh-CN': '受理时间不能晚于现在',
    en: 'The time received cannot be later than now',
  },
  COMPLAINT_RECEIVED_TOO_EARLY: {
    'zh-CN': '受理时间不能早于 {days} 天前：更早的投诉请按今天受理登记，并在内容中写明',
    en: 'The time received cannot be more than {days} days ago: file an older complaint as received today and say so in it',
  },
  COMPLAINT_PERSON_UNKNOWN: {
    'zh-CN': '找不到在职员工 #{id}',
    en: 'No active staff member #{id}',
  },
  COMPLAINT_HANDLER_IS_SUBJECT: {
    'zh-CN': '投诉 {no} 投诉的正是 {name}：不能指派给被投诉人本人处理',
    en: 'Complaint {no} is about {name}: it cannot be assigned to the person complained about',
  },
  COMPLAINT_HANDLER_NOT_STAFF: {
    'zh-CN': '{name} 不是案场员工（只有系统管理员角色），不能处理投诉',
    en: '{name} is not on the office staff (administrator only) and cannot handle complaints',
  },
  COMPLAINT_SUBJECT_EXCLUDED: {
    'zh-CN': '投诉 {no} 投诉的是您本人：您不能指派、处理、结案或回访这项投诉',
    en: 'Complaint {no} is about you: you cannot assign, handle, close or revisit it',
  },
  COMPLAINT_NOT_ASSIGNED: {
    'zh-CN': '投诉 {no} 还没有指派处理人：请经理或副理先指派',
    en: 'Complaint {no} has no handler yet: the manager or deputy assigns one first',
  },
  COMPLAINT_NOT_HANDLER: {
    'zh-CN': '投诉 {no} 由 {handler} 处理：只有处理人能登记回复、进展、结果和客户反馈',
    en: 'Complaint {no} is handled by {handler}: only the handler records replies, progress, the result and the response',
  },
  COMPLAINT_CLOSED: {
    'zh-CN': '投诉 {no} 已结案：需经理或副理重新打开后才能继续处理',
    en: 'Complaint {no} is closed: the manager or deputy reopens it before it is handled further',
  },
  COMPLAINT_NOT_CLOSED: {
    'zh-CN': '投诉 {no} 还没有结案',
    en: 'Complaint {no} is not closed',
  },
  COMPLAINT_ALREADY_REVISITED: {
    'zh-CN': '投诉 {no} 已回访完结；如客户仍不满意，请重新打开',
    en: 'Complaint {no} has been revisited and is finished; reopen it if the customer is still not satisfied',
  },
  COMPLAINT_RESULT_REQUIRED: {
    'zh-CN': '投诉 {no} 还没有处理结果：先登记处理结果，才能结案',
    en: 'Complaint {no} has no result yet: record the result before closing it',
  },
  COMPLAINT_DUE_ORDER: {
    'zh-CN': '时限有误：首次回复时限须晚于受理时间，且不晚于处理时限',
    en: 'The due times are out of order: the first reply is due after the complaint was received and no later than its handling',
  },
  COMPLAINT_DUE_BEYOND_LIMIT: {
    'zh-CN': '处理时限不能晚于最迟结案时限 {limit}（接到投诉后 {days} 天）',
    en: 'Handling cannot be due after the latest closing time, {limit} ({days} days after the complaint was received)',
  },
  COMPLAINT_DUE_IN_PAST: {
    'zh-CN': '新的时限不能早于现在',
    en: 'A new due time cannot be in the past',
  },
  COMPLAINT_REPLY_DUE_PASSED: {
    'zh-CN': '首次回复时限 {due} 已过，不能再更改',
    en: 'The first reply was due at {due}, which has passed: it cannot be moved',
  },
  COMPLAINT_HANDLE_DUE_PASSED: {
    'zh-CN': '处理时限 {due} 已过，不能再更改',
    en: 'Handling was due at {due}, which has passed: it cannot be moved',
  },
  COMPLAINT_TIME_OUT_OF_RANGE: {
    'zh-CN': '时间须在 {earliest} 之后，且不晚于现在',
    en: 'The time must be after {earliest} and no later than now',
  },
  COMPLAINT_MONTH_IN_FUTURE: {
    'zh-CN': '{month} 还没有开始',
    en: '{month} has not begun',
  },
} as const satisfies Messages;
