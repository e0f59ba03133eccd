import type { Messages } from './messages';

/** Walk-in visits and their slips (`visits.*`, SPEC §2). */
export const VISIT_ERRORS = {
  ARRIVAL_IN_FUTURE: {
    'zh-CN': '到访时间不能晚于现在',
    en: 'The arrival time cannot be in the future',
  },
  ARRIVAL_NOT_TODAY: {
    'zh-CN': '到访时间不在今天的营业日（{date}）内',
    en: 'The arrival time is not within today’s business date ({date})',
  },
  LEFT_BEFORE_ARRIVAL: {
    'zh-CN': '离开时间早于到访时间',
    en: 'The visitor cannot leave before arriving',
  },
  LEFT_IN_FUTURE: {
    'zh-CN': '离开时间不能晚于现在',
    en: 'The leaving time cannot be in the future',
  },
  PARTY_SIZE: {
    'zh-CN': '来访人数须为 1–50 人',
    en: 'The party is 1 to 50 people',
  },
  VISIT_CHANNEL_UNKNOWN: {
    'zh-CN': '“{channel}”不在来访渠道列表中',
    en: '"{channel}" is not one of the configured channels',
  },
  VISIT_NOT_FOUND: {
    'zh-CN': '找不到来访记录 #{id}',
    en: 'No visit #{id}',
  },
  NOT_YOUR_VISIT: {
    'zh-CN': '这条来访不是您接待的',
    en: 'You did not receive this visitor',
  },
  CORRECTION_REASON_REQUIRED: {
    'zh-CN': '已有记录，更正须写明原因',
    en: 'There is already an entry: a correction needs a reason',
  },
  NOTHING_TO_AMEND: {
    'zh-CN': '请填写结果或备注',
    en: 'Give an outcome or a note',
  },
  MAKEUP_NOT_MARKET_RESEARCH: {
    'zh-CN': '只有确认为市调的来访才能补客户',
    en: 'A make-up turn needs a visit confirmed as market research',
  },
  MAKEUP_NOT_BY_ROTATION: {
    'zh-CN': '这位客户不是按轮排接待的，没有占用轮次，无需补客户',
    en: 'This visitor did not take a rotation turn: there is nothing to make up',
  },
  MAKEUP_NOT_TODAY: {
    'zh-CN': '只能为今天的来访补客户',
    en: 'A make-up turn is granted only for today’s visits',
  },
  VISIT_ALREADY_LEFT: {
    'zh-CN': '{name} 已记录离开，请刷新后再试',
    en: '{name} has already left: refresh and try again',
  },
  SLIP_CONSULTANT_PIN: {
    'zh-CN': '来人条由接待顾问 {name} 填写：请 {name} 输入自己的 PIN',
    en: 'The slip is completed by the receiving consultant {name}: {name} types their own PIN',
  },
  SLIP_NOT_THEIRS: {
    'zh-CN': '只有接待顾问 {name} 可以填写这张来人条',
    en: 'Only the receiving consultant {name} completes this slip',
  },
  DATES_REVERSED: {
    'zh-CN': '开始日期 {from} 晚于结束日期 {to}',
    en: 'The start date {from} is after the end date {to}',
  },
  DATE_RANGE_TOO_LONG: {
    'zh-CN': '一次最多查看 {days} 天',
    en: 'At most {days} days at a time',
  },
  MAKEUP_ALREADY_GRANTED: {
    'zh-CN': '这条来访已经补过客户',
    en: 'A make-up turn was already granted for this visit',
  },
} as const satisfies Messages;
