import type { Messages } from './messages';

/** Phone calls 来电 (`calls.*`, SPEC §2). */
export const CALL_ERRORS = {
  INVITATION_IN_PAST: {
    'zh-CN': '邀约到访日期不能早于今天',
    en: 'The invited date cannot be before today',
  },
  CALL_NOT_TODAY: {
    'zh-CN': '来电时间不在今天的营业日（{date}）内',
    en: 'The call time is not within today’s business date ({date})',
  },
  CALL_IN_FUTURE: {
    'zh-CN': '来电时间不能晚于现在',
    en: 'The call time cannot be in the future',
  },
  CALL_CHANNEL_UNKNOWN: {
    'zh-CN': '“{channel}”不在来电渠道列表中',
    en: '"{channel}" is not one of the configured call channels',
  },
  ANSWERER_UNKNOWN: {
    'zh-CN': '没有这位接听人（#{id}）',
    en: 'No such person answered (#{id})',
  },
} as const satisfies Messages;
