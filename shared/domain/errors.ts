/**
 * Every refusal the app can answer, with its message in both languages. The renderer's i18n
 * catalogues load these same texts (namespace `errors`), so a message is written once.
 * `{name}` placeholders are filled from the error's params.
 */
export const ERROR_MESSAGES = {
  UNKNOWN_CHANNEL: { 'zh-CN': '没有这个操作：{channel}', en: 'Unknown operation: {channel}' },
  BAD_REQUEST: { 'zh-CN': '请求格式不正确：{reason}', en: 'Malformed request: {reason}' },
  INVALID_INPUT: { 'zh-CN': '填写的内容有误：{reason}', en: 'Invalid input: {reason}' },
  TOKEN_REQUIRED: {
    'zh-CN': '缺少或错误的访问令牌，请使用启动时打印的链接打开',
    en: 'Missing or wrong access token: open the link printed at start-up',
  },
  FOREIGN_ORIGIN: {
    'zh-CN': '拒绝来自其他网站的请求',
    en: 'Requests from another site are refused',
  },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  SCREEN_LOCKED: { 'zh-CN': '屏幕已锁定，请输入 PIN 解锁', en: 'The screen is locked: enter a PIN' },
  FORBIDDEN: {
    'zh-CN': '您的角色无权执行此操作（需要：{roles}）',
    en: 'Your role may not do this (needs: {roles})',
  },
  USER_NOT_FOUND: { 'zh-CN': '找不到用户 #{id}', en: 'No user #{id}' },
  SETUP_REQUIRED: {
    'zh-CN': '尚未初始化：请先创建系统管理员',
    en: 'Not set up yet: create the administrator first',
  },
  SETUP_DONE: { 'zh-CN': '系统已经初始化过了', en: 'SiteDesk is already set up' },
  WRONG_SECRET: {
    'zh-CN': 'PIN 或密码错误，还可以再试 {remaining} 次',
    en: 'Wrong PIN or password: {remaining} tries left',
  },
  USER_LOCKED_OUT: {
    'zh-CN': '连续输错 5 次，{name} 已被锁定，请于 {until} 后再试',
    en: 'Five wrong tries: {name} is locked until {until}',
  },
  USER_INACTIVE: { 'zh-CN': '{name} 已停用', en: '{name} is deactivated' },
  NAME_TAKEN: { 'zh-CN': '已有名为“{name}”的用户', en: 'A user named "{name}" already exists' },
  LAST_ADMIN: {
    'zh-CN': '不能停用或撤销最后一位系统管理员',
    en: 'The last administrator cannot be deactivated or lose the role',
  },
  PIN_FORMAT: { 'zh-CN': 'PIN 必须是 4–8 位数字', en: 'A PIN is 4 to 8 digits' },
  PASSWORD_FORMAT: {
    'zh-CN': '密码至少 8 位，且须同时包含字母和数字',
    en: 'A password has at least 8 characters, with letters and digits',
  },
  PASSWORD_NOT_ALLOWED: {
    'zh-CN': '只有专案经理和系统管理员可以使用密码，其他人请使用 PIN',
    en: 'Only managers and administrators may use a password; others use a PIN',
  },
  COUNTERSIGN_REQUIRED: {
    'zh-CN': '此操作需要第二人（{roles}）输入 PIN 会签',
    en: 'This needs a second person ({roles}) to countersign with a PIN',
  },
  COUNTERSIGN_SELF: {
    'zh-CN': '会签人不能是操作人本人',
    en: 'The countersigner must be someone other than you',
  },
  COUNTERSIGN_ROLE: {
    'zh-CN': '{name} 不能会签此操作（需要：{roles}）',
    en: '{name} may not countersign this (needs: {roles})',
  },
  KEY_NOT_FOUND: { 'zh-CN': '没有编号为“{tag}”的钥匙', en: 'No key tagged "{tag}"' },
  KEY_TAG_TAKEN: { 'zh-CN': '编号“{tag}”已被其他钥匙使用', en: 'The tag "{tag}" is already used' },
  KEY_COPY_NOT_FOUND: {
    'zh-CN': '钥匙 {tag} 没有第 {copy} 把',
    en: 'Key {tag} has no copy {copy}',
  },
  KEY_OUT: {
    'zh-CN': '钥匙 {tag} 已借出（{holder}），归还后才能再借',
    en: 'Key {tag} is out ({holder}): it must come back before it is issued again',
  },
  KEY_HOME: { 'zh-CN': '钥匙 {tag} 在位，没有借出', en: 'Key {tag} is home, not out' },
  KEY_COPY_AMBIGUOUS: {
    'zh-CN': '钥匙 {tag} 有多把借出，请指明第几把',
    en: 'Several copies of key {tag} are out: say which copy',
  },
  KEY_LOST: { 'zh-CN': '钥匙 {tag} 第 {copy} 把已报失', en: 'Copy {copy} of key {tag} is reported lost' },
  KEY_NOT_LOST: { 'zh-CN': '钥匙 {tag} 第 {copy} 把没有报失', en: 'Copy {copy} of key {tag} is not lost' },
  KEY_RETIRED: { 'zh-CN': '钥匙 {tag} 已停用', en: 'Key {tag} is retired' },
  KEY_NOT_RETIRABLE: {
    'zh-CN': '钥匙 {tag} 还有借出的，全部归还后才能停用',
    en: 'Key {tag} still has copies out: they must come back before it is retired',
  },
  KEY_COPIES_SHRINK: {
    'zh-CN': '钥匙数量只能增加（现有 {copies} 把）；少了的请报失',
    en: 'Copies only grow (there are {copies}); report a missing copy lost',
  },
  KEY_DUE_PAST: { 'zh-CN': '应还时间已过，请填写将来的时间', en: 'The due-back time is in the past' },
  KEY_PHONE_INVALID: {
    'zh-CN': '“{phone}”不是有效的电话号码',
    en: '"{phone}" is not a valid phone number',
  },
  KEY_SAME_HOLDER: { 'zh-CN': '钥匙已在此人手中', en: 'That person already holds the key' },
  LEDGER_TOO_NEW: {
    'zh-CN': '台账文件由更新版本的 SiteDesk 写入（{migration}），请升级软件',
    en: 'The ledger was written by a newer SiteDesk ({migration}): please upgrade',
  },
  BACKUP_INVALID: {
    'zh-CN': '备份文件未通过校验：{reason}',
    en: 'The backup file failed verification: {reason}',
  },
  LEDGER_REFUSED: {
    'zh-CN': '台账拒绝了这次写入（违反规则）：{reason}',
    en: 'The ledger refused this write (a rule forbids it): {reason}',
  },
  LEDGER_BUSY: {
    'zh-CN': '台账正被另一处使用，请稍后重试',
    en: 'The ledger is busy elsewhere: try again in a moment',
  },
  INTERNAL: {
    'zh-CN': '内部错误，操作未保存：{reason}',
    en: 'Internal error, nothing was saved: {reason}',
  },
} as const satisfies Record<string, { 'zh-CN': string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type ErrorParams = Record<string, string | number>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export function formatMessage(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function errorMessage(code: ErrorCode, params?: ErrorParams, locale: Locale = 'zh-CN') {
  return formatMessage(ERROR_MESSAGES[code][locale], params);
}

/**
 * A refusal a user can cause. `keepWrites` marks the rare refusal whose record must survive the
 * rollback of the call (a wrong PIN is counted even though the sign-in fails).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly options: { keepWrites?: boolean } = {},
  ) {
    super(errorMessage(code, params, 'en'));
    this.name = 'AppError';
  }

  body(locale: Locale = 'zh-CN'): ErrorBody {
    const body: ErrorBody = { code: this.code, message: errorMessage(this.code, this.params, locale) };
    if (Object.keys(this.params).length > 0) body.params = this.params;
    return body;
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, value);
}
