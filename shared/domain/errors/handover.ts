import type { Messages } from './messages';

/** Shift handover 交接班 and its tasks (`handover.*`, SPEC §5). */
export const HANDOVER_ERRORS = {
  HANDOVER_SELF: {
    'zh-CN': '不能把班交给自己',
    en: 'A shift cannot be handed over to oneself',
  },
  HANDOVER_NOT_FOUND: {
    'zh-CN': '找不到交接记录 #{id}',
    en: 'No handover #{id}',
  },
  HANDOVER_LOCKED: {
    'zh-CN': '交接记录 #{id} 已由接班人签收，不能再修改',
    en: 'Handover #{id} is acknowledged and locked: it cannot be changed',
  },
  HANDOVER_NOT_PARTY: {
    'zh-CN': '只有交班人 {from} 和接班人 {to} 可以清点这份交接',
    en: 'Only {from} and {to}, the two people of this handover, may count it',
  },
  HANDOVER_NOT_YOURS: {
    'zh-CN': '只有交班人 {name} 可以修改这份交接',
    en: 'Only the outgoing person, {name}, may change this handover',
  },
  HANDOVER_WRONG_RECEIVER: {
    'zh-CN': '这份交接应由接班人 {name} 输入 PIN 签收',
    en: 'This handover must be acknowledged with the PIN of the incoming person, {name}',
  },
  HANDOVER_RECEIVER_ROLE: {
    'zh-CN': '{name} 不是前台接待员或客务助理，不能接班',
    en: '{name} is not a receptionist or assistant and cannot take over the desk',
  },
  HANDOVER_PENDING: {
    'zh-CN': '{from} 交给 {to} 的交接（#{id}）尚未签收，请先完成或继续编辑它',
    en: 'The handover from {from} to {to} (#{id}) is not acknowledged yet: finish or edit it first',
  },
  HANDOVER_COUNT_NEGATIVE: {
    'zh-CN': '“{item}”的数量不能是负数',
    en: 'The count of "{item}" cannot be negative',
  },
  HANDOVER_UNKNOWN_SHIFT: {
    'zh-CN': '没有名为“{name}”的班次（请在设置中配置班次）',
    en: 'There is no shift named "{name}" (shifts are set in the settings)',
  },
  HANDOVER_DUPLICATE_ITEM: {
    'zh-CN': '物品“{item}”重复填写',
    en: 'The item "{item}" is listed twice',
  },
  HANDOVER_UNCOUNTED: {
    'zh-CN': '“{what}”还没有清点：每样物品、每种电影票都要数过再签收',
    en: '"{what}" has not been counted: every desk item and ticket type is counted before signing',
  },
  HANDOVER_UNCHECKED: {
    'zh-CN': '“{what}”还没有核对：每把钥匙、每件待发放的物品都要选“相符”或标记“缺失”',
    en: '"{what}" has not been checked: every key and every waiting item is marked as seen or missing',
  },
  HANDOVER_REVIEW_STALE: {
    'zh-CN': '核对之后台账有变动，现在共有 {count} 处差异：请重新核对差异后再签收',
    en: 'The ledgers changed after the review; there are now {count} differences: review them again before signing',
  },
  TASK_NOT_FOUND: {
    'zh-CN': '找不到交接事项 #{id}',
    en: 'No handover task #{id}',
  },
  TASK_ALREADY_DONE: {
    'zh-CN': '该事项已由 {name} 于 {at} 标记完成',
    en: 'This task was already marked done by {name} at {at}',
  },
} as const satisfies Messages;
