import type { Labels } from './labels';

/**
 * The office's closed sets: its people and their access, notifications, backups, and the sales
 * floor (visits, calls, the rotation, unit holds). How to add a value: see ./index.ts.
 */

// People, their roles, sign-in and the audit chain (SPEC §1).

/** The roles of SPEC §1. A person may hold several. */
export const ROLES = [
  'receptionist',
  'assistant',
  'consultant',
  'deputy',
  'manager',
  'cashier',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = {
  receptionist: { 'zh-CN': '前台接待员', en: 'Receptionist' },
  assistant: { 'zh-CN': '客务助理', en: 'Assistant' },
  consultant: { 'zh-CN': '置业顾问', en: 'Sales consultant' },
  deputy: { 'zh-CN': '专案副理', en: 'Deputy manager' },
  manager: { 'zh-CN': '专案经理', en: 'Project manager' },
  cashier: { 'zh-CN': '财务出纳', en: 'Cashier' },
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
} as const satisfies Labels<Role>;

/** How a person proves who they are (users.secret_kind, CHECKed by 0001_init). */
export const SECRET_KINDS = ['pin', 'password'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];
export const SECRET_KIND_LABELS = {
  pin: { 'zh-CN': 'PIN', en: 'PIN' },
  password: { 'zh-CN': '密码', en: 'Password' },
} as const satisfies Labels<SecretKind>;

/**
 * Why a secret was checked (sign_in_attempts.purpose, CHECKed by 0001_init; `clock`, a person's
 * own PIN at a clocking or a return from an outing, added by 0033_attendance).
 */
export const SIGN_IN_PURPOSES = ['sign_in', 'countersign', 'change_secret', 'clock'] as const;
export type SignInPurpose = (typeof SIGN_IN_PURPOSES)[number];

/** How a call ended, as the audit chain records it (audit_log.outcome, CHECKed by 0011_audit_chain). */
export const AUDIT_OUTCOMES = ['ok', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export const AUDIT_OUTCOME_LABELS = {
  ok: { 'zh-CN': '成功', en: 'Done' },
  refused: { 'zh-CN': '被拒绝', en: 'Refused' },
} as const satisfies Labels<AuditOutcome>;

// Notifications to roles and to people (SPEC §9).

/** What raised a notification; its text comes from its `titleKey`, not from its kind. */
export const NOTIFICATION_KINDS = [
  'deputy_action',
  'low_ticket_stock',
  'ticket_reminder',
  'overdue_key',
  'handover_missing',
  'handover_written_late',
  'handover_difference',
  'user_locked_out',
  'ownership_dispute',
  'hq_sync',
  'system',
  'complaint_filed',
  'complaint_due_soon',
  'complaint_overdue',
  'complaint_unsatisfied',
  // Unit holds 销控 and their money (SPEC §4)
  'hold_requested',
  'hold_no_deposit',
  'refund_overdue',
  'board_access_granted',
  // the people at the desk (0033–0036)
  'attendance_missed_clock_out',
  'attendance_proxy',
  'outing_overdue',
  'lunch_uncovered',
  // a visitor handed to a consultant, addressed to that consultant by name
  'visitor_to_receive',
  // a message left for someone who was out (留言), and the same message past its call-back time
  'message_left',
  'message_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How loudly a notification speaks (notifications.severity, CHECKed by 0001_init). */
export const NOTIFICATION_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];
export const NOTIFICATION_SEVERITY_LABELS = {
  info: { 'zh-CN': '提示', en: 'Info' },
  warning: { 'zh-CN': '警告', en: 'Warning' },
  critical: { 'zh-CN': '严重', en: 'Critical' },
} as const satisfies Labels<NotificationSeverity>;

/** Why a notification stopped being an alarm (notification_resolutions.reason, CHECKed by 0045). */
export const NOTIFICATION_RESOLUTIONS = ['restocked', 'superseded'] as const;
export type NotificationResolution = (typeof NOTIFICATION_RESOLUTIONS)[number];
export const NOTIFICATION_RESOLUTION_LABELS = {
  restocked: { 'zh-CN': '已到货', en: 'Restocked' },
  superseded: { 'zh-CN': '已有新提醒', en: 'Superseded' },
} as const satisfies Labels<NotificationResolution>;

// The ledger's backups.

/** Why a backup of the ledger was taken; a backup's file name carries its reason. */
export const BACKUP_REASONS = ['daily', 'quit', 'manual', 'dayclose', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const BACKUP_REASON_LABELS = {
  daily: { 'zh-CN': '每日自动', en: 'Daily' },
  quit: { 'zh-CN': '退出时', en: 'On quit' },
  manual: { 'zh-CN': '手动', en: 'Manual' },
  dayclose: { 'zh-CN': '日结', en: 'Day close' },
  'before-restore': { 'zh-CN': '恢复前', en: 'Before restore' },
} as const satisfies Labels<BackupReason>;

// Visits, calls and the consultants' rotation (SPEC §2–3).

/** How a visit ended for the office (visit_updates.outcome, CHECKed by 0002_visits). */
export const VISIT_OUTCOMES = ['left_phone', 'pledge', 'deposit', 'browse', 'market_research'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VISIT_OUTCOME_LABELS = {
  left_phone: { 'zh-CN': '留电', en: 'Left phone' },
  pledge: { 'zh-CN': '认筹', en: 'Pledge' },
  deposit: { 'zh-CN': '下定', en: 'Deposit' },
  browse: { 'zh-CN': '仅参观', en: 'Browsing' },
  market_research: { 'zh-CN': '市调', en: 'Market research' },
} as const satisfies Labels<VisitOutcome>;

/**
 * What a visitor slip (来人条, 000:691) still lacks until its consultant has completed it: their
 * own entry (the channel as the customer tells it, the intent), the outcome, the leaving time.
 */
export const SLIP_PARTS = ['slip', 'outcome', 'left'] as const;
export type SlipPart = (typeof SLIP_PARTS)[number];
export const SLIP_PART_LABELS = {
  slip: { 'zh-CN': '渠道与意向', en: 'Channel and intent' },
  outcome: { 'zh-CN': '接待结果', en: 'Outcome' },
  left: { 'zh-CN': '离开时间', en: 'Leaving time' },
} as const satisfies Labels<SlipPart>;

/**
 * Who receives a returning visitor who does not name a consultant (setting `ownership`):
 * `rulebook` — 004:241, they count as new and go by rotation, a phone match only raises an
 * ownership question for the manager; `phone` — the phone decides: the owner receives.
 */
export const OWNERSHIP_RULES = ['rulebook', 'phone'] as const;
export type OwnershipRule = (typeof OWNERSHIP_RULES)[number];
export const OWNERSHIP_RULE_LABELS = {
  rulebook: {
    'zh-CN': '按规范：说不出顾问姓名的视为新客户，按轮排接待',
    en: 'Rulebook: no consultant named → new, by rotation',
  },
  phone: {
    'zh-CN': '按电话：电话认出老客户即由归属顾问接待',
    en: 'By phone: a recognised phone goes to the owner',
  },
} as const satisfies Labels<OwnershipRule>;

/** Why this consultant received the visitor (visits.chosen_by, CHECKed by 0002_visits). */
export const CHOSEN_BY = ['rotation', 'owner', 'named'] as const;
export type ChosenBy = (typeof CHOSEN_BY)[number];
export const CHOSEN_BY_LABELS = {
  rotation: { 'zh-CN': '轮排', en: 'Rotation' },
  owner: { 'zh-CN': '归属顾问', en: 'Owner' },
  named: { 'zh-CN': '客户指定', en: 'Named' },
} as const satisfies Labels<ChosenBy>;

/** What a line appended to a visit records (visit_updates.kind, CHECKed by 0002_visits). */
export const VISIT_UPDATE_KINDS = ['outcome', 'left', 'note'] as const;
export type VisitUpdateKind = (typeof VISIT_UPDATE_KINDS)[number];

/**
 * The rotation log's events (rotation_events.kind, CHECKed by 0002_visits). The log words them
 * as sentences about a consultant, so their texts are in the catalogues (`visits.rotation.event`),
 * typed by this vocabulary.
 */
export const ROTATION_EVENT_KINDS = ['set_order', 'away', 'back', 'received', 'makeup'] as const;
export type RotationEventKind = (typeof ROTATION_EVENT_KINDS)[number];

// Unit hold control 销控 (SPEC §4).

/** What the board shows of a unit: `pending` is a request waiting for a manager (a live claim). */
export const UNIT_STATUSES = ['available', 'pending', 'held', 'reserved', 'signed', 'withheld'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_STATUS_LABELS = {
  available: { 'zh-CN': '可售', en: 'Available' },
  pending: { 'zh-CN': '待审批', en: 'Pending' },
  held: { 'zh-CN': '保留中', en: 'Held' },
  reserved: { 'zh-CN': '已下定', en: 'Reserved' },
  signed: { 'zh-CN': '已签约', en: 'Signed' },
  withheld: { 'zh-CN': '不可售', en: 'Withheld' },
} as const satisfies Labels<UnitStatus>;

/** Where a hold stands, derived from its events (never stored). */
export const HOLD_STATES = [
  'pending',
  'held',
  'reserved',
  'signed',
  'rejected',
  'released',
  'cancelled',
] as const;
export type HoldState = (typeof HOLD_STATES)[number];
export const HOLD_STATE_LABELS = {
  pending: { 'zh-CN': '待审批', en: 'Pending' },
  held: { 'zh-CN': '保留中', en: 'Held' },
  reserved: { 'zh-CN': '已下定', en: 'Reserved' },
  signed: { 'zh-CN': '已签约', en: 'Signed' },
  rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
  released: { 'zh-CN': '已放出', en: 'Released' },
  cancelled: { 'zh-CN': '已退定', en: 'Cancelled' },
} as const satisfies Labels<HoldState>;

/**
 * The events of a hold (hold_events.kind, CHECKed by 0003_holds, widened by 0023). `reported` is
 * the consultant's report that the customer will not pay the deposit (不定, 000:643): the hold
 * stays held until the manager releases it (or its time runs out).
 */
export const HOLD_EVENT_KINDS = [
  'requested',
  'approved',
  'extended',
  'rejected',
  'deposit',
  'released',
  'signed',
  'cancelled',
  'reported',
] as const;
export type HoldEventKind = (typeof HOLD_EVENT_KINDS)[number];
export const HOLD_EVENT_KIND_LABELS = {
  requested: { 'zh-CN': '申请销控', en: 'Requested' },
  approved: { 'zh-CN': '批准保留', en: 'Approved' },
  extended: { 'zh-CN': '延长保留', en: 'Extended' },
  rejected: { 'zh-CN': '驳回', en: 'Rejected' },
  deposit: { 'zh-CN': '登记定金', en: 'Deposit' },
  released: { 'zh-CN': '放出', en: 'Released' },
  signed: { 'zh-CN': '签约', en: 'Signed' },
  cancelled: { 'zh-CN': '退定', en: 'Cancelled' },
  reported: { 'zh-CN': '报告不定', en: 'Reported: no deposit' },
} as const satisfies Labels<HoldEventKind>;

/**
 * Who sees the sales-control board 销控表 (setting `boardVisibility`, 000:721 rule 38):
 * `managers` — the manager, the deputy and whoever they grant access for a period;
 * `statusForAll` — everyone else sees the status colours too, never customers or prices.
 */
export const BOARD_VISIBILITIES = ['managers', 'statusForAll'] as const;
export type BoardVisibility = (typeof BOARD_VISIBILITIES)[number];
export const BOARD_VISIBILITY_LABELS = {
  managers: { 'zh-CN': '仅专案经理、副理及其授权的人', en: 'Managers and those they authorise' },
  statusForAll: {
    'zh-CN': '所有人可见状态颜色（不含客户与价格）',
    en: 'Status colours for everyone (no customers or prices)',
  },
} as const satisfies Labels<BoardVisibility>;

/**
 * What a person may read of the 销控 (derived per call, never stored): `full` the board with
 * customers and prices, the whole register and the funnel; `status` the board's colours and
 * their own holds; `own` only their own holds and the answer to "is this unit free?".
 */
export const HOLD_VIEW_LEVELS = ['full', 'status', 'own'] as const;
export type HoldViewLevel = (typeof HOLD_VIEW_LEVELS)[number];

/**
 * How a deposit 定金 or a refund 退定 was paid (hold_deposits.method, refund_events.method,
 * CHECKed by 0024/0025): the ticket desk's methods and a bank transfer.
 */
export const DEPOSIT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'transfer'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];
export const DEPOSIT_METHOD_LABELS = {
  cash: { 'zh-CN': '现金', en: 'Cash' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  card: { 'zh-CN': '刷卡', en: 'Card' },
  transfer: { 'zh-CN': '转账', en: 'Bank transfer' },
} as const satisfies Labels<DepositMethod>;

/**
 * The methods whose takings the cashier confirms against a statement at the close
 * (day_close_takings_lines.method, CHECKed by 0042): every method but cash, which is counted.
 * Labelled as DEPOSIT_METHOD_LABELS.
 */
export const TAKINGS_METHODS = ['wechat', 'alipay', 'card', 'transfer'] as const;
export type TakingsMethod = (typeof TAKINGS_METHODS)[number];

/** Where a deposit's money stands with the cashier, derived. */
export const DEPOSIT_STATES = ['with_receiver', 'handed_in', 'to_confirm', 'confirmed'] as const;
export type DepositState = (typeof DEPOSIT_STATES)[number];
export const DEPOSIT_STATE_LABELS = {
  with_receiver: {
    'zh-CN': '现金由经手人保管，随票款交出纳',
    en: 'Cash with the receiver, to the cashier with the takings',
  },
  handed_in: { 'zh-CN': '现金已随票款交出纳', en: 'Cash handed to the cashier with the takings' },
  to_confirm: { 'zh-CN': '待出纳核对到账', en: 'To be confirmed by the cashier' },
  confirmed: { 'zh-CN': '出纳已确认', en: 'Confirmed by the cashier' },
} as const satisfies Labels<DepositState>;

/** What happened to a refund 退定 after it was approved (refund_events.kind, CHECKed by 0025). */
export const REFUND_EVENT_KINDS = ['told', 'paid', 'reminded'] as const;
export type RefundEventKind = (typeof REFUND_EVENT_KINDS)[number];

/** Where a refund stands, derived from its events and the date. */
export const REFUND_STATES = ['due', 'overdue', 'paid'] as const;
export type RefundState = (typeof REFUND_STATES)[number];
export const REFUND_STATE_LABELS = {
  due: { 'zh-CN': '待退款', en: 'Due' },
  overdue: { 'zh-CN': '已逾期', en: 'Overdue' },
  paid: { 'zh-CN': '已退款', en: 'Paid' },
} as const satisfies Labels<RefundState>;

/** Why a row of a unit import file was refused; the row number says where. */
export const IMPORT_REFUSALS = [
  'missing_field',
  'bad_floor',
  'bad_area',
  'bad_price',
  'too_long',
  'duplicate_in_file',
  'exists',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];
export const IMPORT_REFUSAL_LABELS = {
  missing_field: { 'zh-CN': '缺少必填项', en: 'A required field is empty' },
  bad_floor: { 'zh-CN': '楼层不是有效整数', en: 'The floor is not a whole number' },
  bad_area: {
    'zh-CN': '面积不是有效数字（最多两位小数）',
    en: 'The area is not a number (two decimals at most)',
  },
  bad_price: { 'zh-CN': '总价不是有效金额', en: 'The price is not an amount' },
  too_long: { 'zh-CN': '内容过长', en: 'Too long' },
  duplicate_in_file: { 'zh-CN': '文件内重复', en: 'Twice in the file' },
  exists: { 'zh-CN': '房源已存在', en: 'Already exists' },
} as const satisfies Labels<ImportRefusal>;
