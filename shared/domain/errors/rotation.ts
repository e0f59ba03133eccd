import type { Messages } from './messages';

/** The consultants' rotation 轮排 (`rotation.*`, SPEC §3). */
export const ROTATION_ERRORS = {
  CONSULTANT_UNKNOWN: {
    'zh-CN': '没有这位置业顾问（#{id}）',
    en: 'No such consultant (#{id})',
  },
  CONSULTANT_NOT_ON_DUTY: {
    'zh-CN': '{name} 今天不在轮排中（未当值）',
    en: '{name} is not on today’s rotation (not on duty)',
  },
  ROTATION_NOT_SET: {
    'zh-CN': '今天的轮排还没有排定，请先排好当值置业顾问',
    en: 'Today’s rotation is not set: set the on-duty consultants first',
  },
  NO_CONSULTANT_AVAILABLE: {
    'zh-CN': '当值置业顾问都不在场，暂时无人可接待',
    en: 'Every on-duty consultant is away: nobody can receive now',
  },
  ROTATION_MOVED: {
    'zh-CN': '轮排已变化：现在应由 {name} 接待，请确认后重新提交',
    en: 'The rotation moved: it is now {name}’s turn; check and submit again',
  },
  ROTATION_DUPLICATE: {
    'zh-CN': '轮排中有重复的置业顾问',
    en: 'A consultant appears twice in the order',
  },
  ALREADY_AWAY: {
    'zh-CN': '{name} 已标记为不在场',
    en: '{name} is already away',
  },
  NOT_AWAY: {
    'zh-CN': '{name} 没有标记为不在场',
    en: '{name} is not marked away',
  },
} as const satisfies Messages;
