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
  // Consignment movie tickets and ticket cash (SPEC §6).
  CINEMA_NOT_FOUND: { 'zh-CN': '找不到影院 #{id}', en: 'No cinema #{id}' },
  CINEMA_NAME_TAKEN: { 'zh-CN': '已有名为“{name}”的影院', en: 'A cinema named "{name}" already exists' },
  CONTACT_PHONE_INVALID: {
    'zh-CN': '“{phone}”不是有效的电话号码',
    en: '"{phone}" is not a valid phone number',
  },
  TICKET_TYPE_NOT_FOUND: { 'zh-CN': '找不到票种 #{id}', en: 'No ticket type #{id}' },
  TICKET_TYPE_NAME_TAKEN: {
    'zh-CN': '已有名为“{name}”的票种',
    en: 'A ticket type named "{name}" already exists',
  },
  TICKET_TYPE_INACTIVE: { 'zh-CN': '票种“{name}”已停用', en: 'The ticket type "{name}" is inactive' },
  TICKET_STOCK_SHORT: {
    'zh-CN': '“{name}”库存只有 {onHand} 张，不能出 {wanted} 张',
    en: 'Only {onHand} "{name}" tickets in stock: cannot take out {wanted}',
  },
  TICKET_SALE_NOT_FOUND: { 'zh-CN': '找不到售票记录 #{id}', en: 'No ticket sale #{id}' },
  TICKET_SALE_ALREADY_VOIDED: {
    'zh-CN': '售票记录 #{id} 已经作废过了',
    en: 'Ticket sale #{id} has already been voided',
  },
  TICKET_ADJUST_NOTHING: {
    'zh-CN': '盘点数与账面数相同（{onHand} 张），无需调整',
    en: 'The count equals the ledger ({onHand}): nothing to adjust',
  },
  CASH_INSUFFICIENT: {
    'zh-CN': '{name} 保管的票款只有 {balance}，不能交出 {wanted}',
    en: '{name} holds only {balance} of ticket cash: cannot hand over {wanted}',
  },
  CASH_TRANSFER_SELF: { 'zh-CN': '不能把票款交给自己', en: 'Cash cannot be handed to oneself' },
  CASH_NOTHING_TO_HAND: {
    'zh-CN': '没有可交的票款',
    en: 'There is no ticket cash to hand over',
  },
  VARIANCE_UNEXPLAINED: {
    'zh-CN': '实点 {counted} 与账面 {expected} 不符，请说明原因',
    en: 'Counted {counted} differs from the ledger {expected}: explain the difference',
  },
  POSTER_DATES: {
    'zh-CN': '档期结束日期不能早于开始日期',
    en: 'A showing cannot end before it starts',
  },
  POSTER_NOT_FOUND: { 'zh-CN': '找不到档期 #{id}', en: 'No poster showing #{id}' },
  UNIT_NOT_FOUND: { 'zh-CN': '找不到房源 #{id}', en: 'No unit #{id}' },
  UNIT_CLAIMED: {
    'zh-CN': '{unit} 已被 {consultant} 销控中，不能重复销控',
    en: '{unit} is already claimed by {consultant}: no double sale',
  },
  UNIT_WITHHELD: { 'zh-CN': '{unit} 不可售', en: '{unit} is withheld from sale' },
  UNIT_EXISTS: { 'zh-CN': '{unit} 已存在', en: '{unit} already exists' },
  HOLD_NOT_FOUND: { 'zh-CN': '找不到销控申请 #{id}', en: 'No hold request #{id}' },
  HOLD_NOT_PENDING: {
    'zh-CN': '销控申请 #{id} 已处理过（当前：{state}）',
    en: 'Hold request #{id} was already decided (now: {state})',
  },
  HOLD_NOT_HELD: {
    'zh-CN': '销控 #{id} 不在保留中（当前：{state}），不能执行此操作',
    en: 'Hold #{id} is not held (now: {state}): this cannot be done',
  },
  HOLD_NOT_RESERVED: {
    'zh-CN': '销控 #{id} 尚未下定（当前：{state}）',
    en: 'Hold #{id} has no deposit (now: {state})',
  },
  HOLD_EXPIRED: {
    'zh-CN': '销控 #{id} 已于 {at} 到期，房源已放出',
    en: 'Hold #{id} expired at {at}; the unit is released',
  },
  HOLD_SELF_APPROVAL: {
    'zh-CN': '不能审批自己提出的销控申请',
    en: 'You may not decide a hold request you made yourself',
  },
  HOLD_CONSULTANT_REQUIRED: {
    'zh-CN': '前台代为申请时须选择置业顾问，并由该顾问输入 PIN 会签',
    en: 'The desk must name the consultant and have them countersign with their PIN',
  },
  HOLD_NOT_CONSULTANT: { 'zh-CN': '{name} 不是置业顾问', en: '{name} is not a consultant' },
  HOLD_FOR_OTHER: {
    'zh-CN': '置业顾问只能为自己的客户申请销控',
    en: 'A consultant may request holds only for their own customers',
  },
  HOLD_COUNTERSIGN_MISMATCH: {
    'zh-CN': '会签人必须是申请中的置业顾问 {name}',
    en: 'The countersign must be by the named consultant, {name}',
  },
  HOLD_BAD_PHONE: {
    'zh-CN': '客户电话“{phone}”不是有效的号码',
    en: 'The customer phone "{phone}" is not a valid number',
  },
  HOLD_RECEIPT_TAKEN: {
    'zh-CN': '收据号 {receipt} 已登记过',
    en: 'Receipt number {receipt} is already registered',
  },
  HOLD_REFUND_TOO_LARGE: {
    'zh-CN': '退款不能超过已收定金 {deposit}',
    en: 'The refund cannot exceed the deposit of {deposit}',
  },
  IMPORT_BAD_FILE: {
    'zh-CN': '无法读取导入文件：{reason}',
    en: 'The import file cannot be read: {reason}',
  },
  IMPORT_MISSING_COLUMNS: {
    'zh-CN': '导入文件缺少列：{columns}',
    en: 'The import file lacks the columns: {columns}',
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
  LEDGER_DAMAGED: {
    'zh-CN': '台账文件已损坏（{reason}），为保护数据不会写入。最近一份完好的备份：{backup}',
    en: 'The ledger file is damaged ({reason}); nothing will be written to it. Latest good backup: {backup}',
  },
  BACKUP_NOT_FOUND: { 'zh-CN': '找不到备份 {name}', en: 'No backup named {name}' },
  BACKUP_INVALID: {
    'zh-CN': '备份文件未通过校验：{reason}',
    en: 'The backup file failed verification: {reason}',
  },
  LEDGER_REFUSED: {
    'zh-CN': '台账拒绝了这次写入（违反规则）：{reason}',
    en: 'The ledger refused this write (a rule forbids it): {reason}',
  },
  LEDGER_READ_ONLY: {
    'zh-CN': '台账文件只读，无法保存；仍可查看。请检查文件或文件夹的权限',
    en: 'The ledger file is read-only: nothing was saved; reading still works. Check the file permissions',
  },
  DISK_FULL: {
    'zh-CN': '磁盘已满，操作未保存；仍可查看。请清理磁盘空间后重试',
    en: 'The disk is full: nothing was saved; reading still works. Free some space and try again',
  },
  DISK_ERROR: {
    'zh-CN': '读写台账文件出错，操作未保存：{reason}',
    en: 'The ledger file could not be read or written; nothing was saved: {reason}',
  },
  LEDGER_BUSY: {
    'zh-CN': '台账正被另一处使用，请稍后重试',
    en: 'The ledger is busy elsewhere: try again in a moment',
  },
  INVALID_PHONE: {
    'zh-CN': '“{phone}”不是有效的手机或固定电话号码',
    en: '"{phone}" is not a valid mobile or landline number',
  },
  ARRIVAL_IN_FUTURE: { 'zh-CN': '到访时间不能晚于现在', en: 'The arrival time cannot be in the future' },
  ARRIVAL_NOT_TODAY: {
    'zh-CN': '到访时间不在今天的营业日（{date}）内',
    en: 'The arrival time is not within today’s business date ({date})',
  },
  LEFT_BEFORE_ARRIVAL: { 'zh-CN': '离开时间早于到访时间', en: 'The visitor cannot leave before arriving' },
  LEFT_IN_FUTURE: { 'zh-CN': '离开时间不能晚于现在', en: 'The leaving time cannot be in the future' },
  PARTY_SIZE: { 'zh-CN': '来访人数须为 1–50 人', en: 'The party is 1 to 50 people' },
  VISIT_CHANNEL_UNKNOWN: {
    'zh-CN': '“{channel}”不在来访渠道列表中',
    en: '"{channel}" is not one of the configured channels',
  },
  CONSULTANT_UNKNOWN: { 'zh-CN': '没有这位置业顾问（#{id}）', en: 'No such consultant (#{id})' },
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
  ROTATION_DUPLICATE: { 'zh-CN': '轮排中有重复的置业顾问', en: 'A consultant appears twice in the order' },
  ALREADY_AWAY: { 'zh-CN': '{name} 已标记为不在场', en: '{name} is already away' },
  NOT_AWAY: { 'zh-CN': '{name} 没有标记为不在场', en: '{name} is not marked away' },
  VISIT_NOT_FOUND: { 'zh-CN': '找不到来访记录 #{id}', en: 'No visit #{id}' },
  NOT_YOUR_VISIT: {
    'zh-CN': '这条来访不是您接待的',
    en: 'You did not receive this visitor',
  },
  CORRECTION_REASON_REQUIRED: {
    'zh-CN': '已有记录，更正须写明原因',
    en: 'There is already an entry: a correction needs a reason',
  },
  NOTHING_TO_AMEND: { 'zh-CN': '请填写结果或备注', en: 'Give an outcome or a note' },
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
  MAKEUP_ALREADY_GRANTED: {
    'zh-CN': '这条来访已经补过客户',
    en: 'A make-up turn was already granted for this visit',
  },
  CUSTOMER_NOT_FOUND: { 'zh-CN': '找不到客户 #{id}', en: 'No customer #{id}' },
  ALREADY_OWNER: { 'zh-CN': '您已是这位客户的归属顾问', en: 'You already own this customer' },
  CUSTOMER_UNOWNED: {
    'zh-CN': '这位客户还没有归属顾问，无需争议',
    en: 'This customer has no owner yet: there is nothing to dispute',
  },
  DISPUTE_OPEN: {
    'zh-CN': '已有一项待经理裁定的归属争议',
    en: 'An ownership dispute is already waiting for the manager',
  },
  DISPUTE_NOT_FOUND: { 'zh-CN': '找不到归属争议 #{id}', en: 'No ownership dispute #{id}' },
  DISPUTE_DECIDED: { 'zh-CN': '这项归属争议已经裁定', en: 'This dispute has already been decided' },
  DISPUTE_OWNER_INVALID: {
    'zh-CN': '归属只能判给原归属顾问或提出争议的顾问',
    en: 'The customer goes either to the current owner or to the claimant',
  },
  INVITATION_IN_PAST: {
    'zh-CN': '邀约到访日期不能早于今天',
    en: 'The invited date cannot be before today',
  },
  CALL_NOT_TODAY: {
    'zh-CN': '来电时间不在今天的营业日（{date}）内',
    en: 'The call time is not within today’s business date ({date})',
  },
  CALL_IN_FUTURE: { 'zh-CN': '来电时间不能晚于现在', en: 'The call time cannot be in the future' },
  ANSWERER_UNKNOWN: { 'zh-CN': '没有这位接听人（#{id}）', en: 'No such person answered (#{id})' },
  DAYSHEET_FUTURE_DATE: {
    'zh-CN': '{date} 还没到，不能导出日结对账单（今天是 {today}）',
    en: 'Cannot export the sheet of {date}: it is still to come (today is {today})',
  },
  DAY_CLOSED: {
    'zh-CN': '{date} 已日结，不能再写入；更正请记入下一个营业日，或由经理重开该日',
    en: '{date} is closed: nothing more can be written into it; record corrections on the next open date, or have a manager reopen it',
  },
  DAYCLOSE_FUTURE: {
    'zh-CN': '{date} 还没到，不能日结',
    en: '{date} has not begun yet: it cannot be closed',
  },
  DAYCLOSE_NOT_CLOSED: {
    'zh-CN': '{date} 没有日结，无需重开',
    en: '{date} is not closed: nothing to reopen',
  },
  DAYCLOSE_COUNT_INVALID: {
    'zh-CN': '{what} 的数量必须是不小于 0 的整数（填写的是 {value}）',
    en: 'The count for {what} must be a whole number, not negative (got {value})',
  },
  DAYCLOSE_CASH_NOT_HANDED: {
    'zh-CN': '还有票款没有交给财务出纳：{who}',
    en: 'Ticket cash not yet handed to the cashier: {who}',
  },
  DAYCLOSE_CASH_NOT_COUNTED: {
    'zh-CN': '{date} 的票款还没有按面额清点交出纳',
    en: 'The ticket cash of {date} has not been counted by denomination and handed to the cashier',
  },
  DAYCLOSE_HANDOVER_UNACKNOWLEDGED: {
    'zh-CN': '交接班还没有接班人确认：{which}',
    en: 'Handover not acknowledged by the incoming person: {which}',
  },
  DAYCLOSE_KEYS_OUT: {
    'zh-CN': '以下钥匙未归位，也没有说明过夜原因：{keys}',
    en: 'These keys are out without an overnight reason: {keys}',
  },
  DAYCLOSE_STOCK_MISSING: { 'zh-CN': '以下票种没有清点：{types}', en: 'Ticket types not counted: {types}' },
  DAYCLOSE_STOCK_TWICE: { 'zh-CN': '票种“{type}”清点了两次', en: 'Ticket type "{type}" was counted twice' },
  DAYCLOSE_SIGNERS_SAME: {
    'zh-CN': '前台、出纳、经理须由三个不同的人签字',
    en: 'The receptionist, the cashier and the manager must be three different people',
  },
  INTERNAL: {
    'zh-CN': '内部错误，操作未保存：{reason}',
    en: 'Internal error, nothing was saved: {reason}',
  },
  // Shift handover and the mail register (issue 7)
  HANDOVER_SELF: { 'zh-CN': '不能把班交给自己', en: 'A shift cannot be handed over to oneself' },
  HANDOVER_NOT_FOUND: { 'zh-CN': '找不到交接记录 #{id}', en: 'No handover #{id}' },
  HANDOVER_LOCKED: {
    'zh-CN': '交接记录 #{id} 已由接班人签收，不能再修改',
    en: 'Handover #{id} is acknowledged and locked: it cannot be changed',
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
  HANDOVER_DUPLICATE_ITEM: { 'zh-CN': '物品“{item}”重复填写', en: 'The item "{item}" is listed twice' },
  TASK_NOT_FOUND: { 'zh-CN': '找不到交接事项 #{id}', en: 'No handover task #{id}' },
  TASK_ALREADY_DONE: {
    'zh-CN': '该事项已由 {name} 于 {at} 标记完成',
    en: 'This task was already marked done by {name} at {at}',
  },
  MAIL_NOT_FOUND: { 'zh-CN': '找不到邮件登记 #{id}', en: 'No mail entry #{id}' },
  MAIL_ALREADY_HANDED_OUT: {
    'zh-CN': '这份邮件已于 {at} 交给 {name}',
    en: 'This mail was already handed to {name} at {at}',
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
