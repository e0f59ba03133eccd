import type { Messages } from './messages';

/** How a call is refused before or around its handler: transport, session, role, the unexpected. */
export const ROUTER_ERRORS = {
  UNKNOWN_CHANNEL: {
    'zh-CN': '没有这个操作：{channel}',
    en: 'Unknown operation: {channel}',
  },
  BAD_REQUEST: {
    'zh-CN': '请求格式不正确：{reason}',
    en: 'Malformed request: {reason}',
  },
  TOKEN_REQUIRED: {
    'zh-CN': '缺少或错误的访问令牌，请使用启动时打印的链接打开',
    en: 'Missing or wrong access token: open the link printed at start-up',
  },
  FOREIGN_ORIGIN: {
    'zh-CN': '拒绝来自其他网站的请求',
    en: 'Requests from another site are refused',
  },
  UNAUTHENTICATED: {
    'zh-CN': '请先登录',
    en: 'Please sign in first',
  },
  SCREEN_LOCKED: {
    'zh-CN': '屏幕已锁定，请输入 PIN 解锁',
    en: 'The screen is locked: enter a PIN',
  },
  FORBIDDEN: {
    'zh-CN': '您的角色无权执行此操作（需要：{roles}）',
    en: 'Your role may not do this (needs: {roles})',
  },
  DESK_CLOSED: {
    'zh-CN': 'SiteDesk 已关闭，操作未保存；请重新打开后再试',
    en: 'SiteDesk has closed: nothing was saved. Open it again and retry',
  },
  INTERNAL: {
    'zh-CN': '内部错误，操作未保存：{reason}',
    en: 'Internal error, nothing was saved: {reason}',
  },
} as const satisfies Messages;
