import type { Labels } from './labels';

/**
 * Customer complaints 客户投诉 (the card 客户投诉记录卡, 000:139-185; deadlines 000:57, 000:183,
 * 000:521; the revisit 000:525). How to add a value: see ./index.ts.
 */

/** How the complaint reached the office (complaints.channel, CHECKed by 0037_complaints). */
export const COMPLAINT_CHANNELS = ['visit', 'phone', 'letter', 'online'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS = {
  visit: { 'zh-CN': '来访', en: 'In person' },
  phone: { 'zh-CN': '来电', en: 'Phone' },
  letter: { 'zh-CN': '信函', en: 'Letter' },
  online: { 'zh-CN': '网络/微信', en: 'Online / WeChat' },
} as const satisfies Labels<ComplaintChannel>;

/** What is complained of (complaints.kind, CHECKed by 0037_complaints); grounds as 000:133-135. */
export const COMPLAINT_KINDS = [
  'service',
  'sales_promise',
  'price_payment',
  'contract',
  'quality',
  'delivery',
  'certificates',
  'property',
  'environment',
  'other',
] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS = {
  service: { 'zh-CN': '服务态度', en: 'Service attitude' },
  sales_promise: { 'zh-CN': '销售承诺', en: 'Sales promises' },
  price_payment: { 'zh-CN': '价格与款项', en: 'Price and payments' },
  contract: { 'zh-CN': '合同条款', en: 'Contract terms' },
  quality: { 'zh-CN': '房屋质量', en: 'Construction quality' },
  delivery: { 'zh-CN': '交付进度', en: 'Delivery schedule' },
  certificates: { 'zh-CN': '证件办理', en: 'Certificates and papers' },
  property: { 'zh-CN': '物业服务', en: 'Property management' },
  environment: { 'zh-CN': '环境与配套', en: 'Surroundings and amenities' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Labels<ComplaintKind>;

/** About whom (complaints.target, CHECKed by 0037_complaints): a person, a department, the product. */
export const COMPLAINT_TARGETS = ['staff', 'department', 'product'] as const;
export type ComplaintTarget = (typeof COMPLAINT_TARGETS)[number];
export const COMPLAINT_TARGET_LABELS = {
  staff: { 'zh-CN': '员工', en: 'Staff member' },
  department: { 'zh-CN': '部门', en: 'Department' },
  product: { 'zh-CN': '产品', en: 'Product' },
} as const satisfies Labels<ComplaintTarget>;

/** The departments a complaint can be about (complaints.department, CHECKed by 0037_complaints). */
export const COMPLAINT_DEPARTMENTS = [
  'front_desk',
  'sales',
  'customer_service',
  'finance',
  'engineering',
  'property',
  'administration',
  'other',
] as const;
export type ComplaintDepartment = (typeof COMPLAINT_DEPARTMENTS)[number];
export const COMPLAINT_DEPARTMENT_LABELS = {
  front_desk: { 'zh-CN': '案场前台', en: 'Front desk' },
  sales: { 'zh-CN': '销售部', en: 'Sales' },
  customer_service: { 'zh-CN': '客服中心', en: 'Customer service' },
  finance: { 'zh-CN': '财务部', en: 'Finance' },
  engineering: { 'zh-CN': '工程部', en: 'Engineering' },
  property: { 'zh-CN': '物业公司', en: 'Property management' },
  administration: { 'zh-CN': '行政人事部', en: 'Administration and HR' },
  other: { 'zh-CN': '其他部门', en: 'Other department' },
} as const satisfies Labels<ComplaintDepartment>;

/** How pressing it is (complaints.urgency, CHECKed by 0037_complaints); 000:57 sets major apart. */
export const COMPLAINT_URGENCIES = ['normal', 'urgent', 'major'] as const;
export type ComplaintUrgency = (typeof COMPLAINT_URGENCIES)[number];
export const COMPLAINT_URGENCY_LABELS = {
  normal: { 'zh-CN': '一般', en: 'Normal' },
  urgent: { 'zh-CN': '紧急', en: 'Urgent' },
  major: { 'zh-CN': '重大', en: 'Major' },
} as const satisfies Labels<ComplaintUrgency>;

/** What happened to a complaint after it was filed (complaint_events.kind, CHECKed by 0037_complaints). */
export const COMPLAINT_EVENT_KINDS = [
  'assigned',
  'replied',
  'progress',
  'result',
  'response',
  'closed',
  'reopened',
  'revisited',
] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];
export const COMPLAINT_EVENT_KIND_LABELS = {
  assigned: { 'zh-CN': '指派', en: 'Assigned' },
  replied: { 'zh-CN': '回复客户', en: 'Replied' },
  progress: { 'zh-CN': '处理进展', en: 'Progress' },
  result: { 'zh-CN': '处理结果', en: 'Result' },
  response: { 'zh-CN': '客户反馈', en: "Customer's response" },
  closed: { 'zh-CN': '结案', en: 'Closed' },
  reopened: { 'zh-CN': '重新处理', en: 'Reopened' },
  revisited: { 'zh-CN': '回访', en: 'Revisited' },
} as const satisfies Labels<ComplaintEventKind>;

/**
 * Where a complaint stands, derived from its events: filed and waiting for a handler, being
 * handled, closed and waiting for its revisit, finished (revisited).
 */
export const COMPLAINT_STATES = ['new', 'open', 'closed', 'finished'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const COMPLAINT_STATE_LABELS = {
  new: { 'zh-CN': '待指派', en: 'To assign' },
  open: { 'zh-CN': '处理中', en: 'In hand' },
  closed: { 'zh-CN': '待回访', en: 'To revisit' },
  finished: { 'zh-CN': '已完结', en: 'Finished' },
} as const satisfies Labels<ComplaintState>;

/**
 * The deadlines of a complaint (complaint_notices.deadline, CHECKed by 0037_complaints): the
 * first reply (000:521), handled (000:57), closed at the latest (000:183), the revisit (000:525).
 */
export const COMPLAINT_DEADLINES = ['reply', 'handle', 'limit', 'revisit'] as const;
export type ComplaintDeadline = (typeof COMPLAINT_DEADLINES)[number];
export const COMPLAINT_DEADLINE_LABELS = {
  reply: { 'zh-CN': '首次回复', en: 'First reply' },
  handle: { 'zh-CN': '处理完毕', en: 'Handled' },
  limit: { 'zh-CN': '最迟结案', en: 'Closed at the latest' },
  revisit: { 'zh-CN': '回访', en: 'Revisit' },
} as const satisfies Labels<ComplaintDeadline>;

/** How a deadline stands for a complaint now. */
export const DEADLINE_STATUSES = ['pending', 'met', 'late', 'overdue'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS = {
  pending: { 'zh-CN': '未到期', en: 'Pending' },
  met: { 'zh-CN': '按时', en: 'On time' },
  late: { 'zh-CN': '逾期完成', en: 'Done late' },
  overdue: { 'zh-CN': '已逾期', en: 'Overdue' },
} as const satisfies Labels<DeadlineStatus>;

/** A deadline's notices (complaint_notices.stage, CHECKed by 0037_complaints): ahead of it, and at it. */
export const COMPLAINT_NOTICE_STAGES = ['before', 'at'] as const;
export type ComplaintNoticeStage = (typeof COMPLAINT_NOTICE_STAGES)[number];
