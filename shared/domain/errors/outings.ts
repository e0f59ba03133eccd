import type { Messages } from './messages';

/** Outings 外出登记 (`outings.*`, 000:743-751; 004:337, 707). */
export const OUTING_ERRORS = {
  OUTING_NOT_FOUND: {
    'zh-CN': '找不到外出登记 #{id}',
    en: 'No outing #{id}',
  },
  OUTING_ALREADY_OUT: {
    'zh-CN': '{name} 已在外出中（{since} 起，去{destination}），返回后才能再登记',
    en: '{name} is already out (since {since}, to {destination}): record the return first',
  },
  OUTING_BACK_PAST: {
    'zh-CN': '预计返回时间 {at} 已过，请填写将来的时间',
    en: 'The expected return {at} has passed: give a time still to come',
  },
  OUTING_BACK_TOO_FAR: {
    'zh-CN': '预计返回时间不能超过 24 小时之后；更长的离岗请按请假处理',
    en: 'The expected return cannot be more than 24 hours away; a longer absence is leave',
  },
  OUTING_APPROVAL_REQUIRED: {
    'zh-CN': '外出须经{approver}批准：请其在此对话框输入 PIN',
    en: 'An outing needs the approval of the {approver}: they type their PIN in this dialog',
  },
  OUTING_APPROVER_ROLE: {
    'zh-CN': '{name} 不能批准这次外出：须由{approver}批准',
    en: '{name} cannot approve this outing: it needs the {approver}',
  },
  OUTING_SELF_APPROVAL: {
    'zh-CN': '不能批准自己的外出',
    en: 'Nobody approves their own outing',
  },
  OUTING_PIN_REQUIRED: {
    'zh-CN': '{name} 返回须输入本人 PIN',
    en: '{name} types their own PIN to record the return',
  },
  OUTING_NOT_OUT: {
    'zh-CN': '{name} 的这次外出已{state}',
    en: "{name}'s outing is already {state}",
  },
  OUTING_NOT_RETURNED: {
    'zh-CN': '{name} 还没有返回，没有返回时间可以更正',
    en: '{name} is not back yet: there is no return time to correct',
  },
  OUTING_BACK_BEFORE_LEFT: {
    'zh-CN': '返回时间 {at} 不能早于外出时间 {left}',
    en: 'The return {at} cannot be before leaving at {left}',
  },
  OUTING_BACK_FUTURE: {
    'zh-CN': '返回时间 {at} 还没有到',
    en: 'The return time {at} has not come yet',
  },
} as const satisfies Messages;
