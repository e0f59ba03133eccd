import type { Locale } from '../../shared/domain/locale';
import type { AlarmKind, ChainState } from '../reports/overview';

/** The HQ page's words, Chinese first (the page is read at the group's headquarters). */
const zh = {
  title: '集团总部 · 各案场台账',
  businessDate: '营业日',
  previousDay: '‹ 前一天',
  nextDay: '后一天 ›',
  today: '今天',
  generatedAt: '生成于',
  otherLanguage: 'English',
  alarms: '告警：分叉与断档',
  noAlarms: '无告警：各门店的台账链与总部副本一致，均按序送达。',
  alarmKind: '类别',
  office: '门店',
  officeId: '编号',
  seq: '条目',
  detail: '说明',
  firstSeen: '首次',
  lastSeen: '最近',
  times: '次数',
  offices: '各门店同步与台账状态',
  noOffices: '还没有门店。用 npm run hq -- office add 添加。',
  lastSync: '最近送达',
  lastContact: '最近联络',
  headSeq: '总部已收至',
  fingerprint: '台账指纹',
  lastBusinessDate: '最后营业日',
  reportedTail: '门店台账至',
  backlog: '待收',
  chainState: '台账状态',
  groupSheet: '集团日结汇总',
  total: '合计',
  visits: '来访',
  calls: '来电',
  holds: '销控',
  tickets: '电影票',
  cash: '现金',
  keysHandovers: '钥匙 · 交接',
  close: '日结',
  vTotal: '组数',
  vNew: '新客',
  vReturning: '老客',
  vPeople: '人数',
  cInvited: '邀约',
  hRequested: '申请',
  hApproved: '批准',
  hDeposits: '定金',
  hReleased: '释放',
  hSigned: '签约',
  depositsFen: '定金金额',
  ticketsSold: '售出（张）',
  ticketSalesFen: '售票金额',
  ticketCashFen: '其中现金',
  handedToCashierFen: '交出纳',
  keysOut: '钥匙未还',
  handoversCount: '交接班',
  closed: '已日结',
  open: '未日结',
  signedBy: '签字',
  provisional: '截至 #{seq}，当日或尚未收齐',
  never: '从未',
} as const;

type Words = Record<keyof typeof zh, string>;

const en: Words = {
  title: 'Group headquarters · the offices’ ledgers',
  businessDate: 'Business date',
  previousDay: '‹ previous day',
  nextDay: 'next day ›',
  today: 'today',
  generatedAt: 'generated at',
  otherLanguage: '中文',
  alarms: 'Alarms: forks and gaps',
  noAlarms: 'No alarms: every office’s chain matches HQ’s copy and arrived in order.',
  alarmKind: 'Kind',
  office: 'Office',
  officeId: 'Id',
  seq: 'Entry',
  detail: 'Detail',
  firstSeen: 'First',
  lastSeen: 'Last',
  times: 'Times',
  offices: 'Each office’s sync and chain',
  noOffices: 'No offices yet. Add one with npm run hq -- office add.',
  lastSync: 'Last delivery',
  lastContact: 'Last contact',
  headSeq: 'HQ holds up to',
  fingerprint: 'Fingerprint',
  lastBusinessDate: 'Last business date',
  reportedTail: 'Office ledger up to',
  backlog: 'To come',
  chainState: 'Chain',
  groupSheet: 'Group day sheet',
  total: 'Total',
  visits: 'Visits',
  calls: 'Calls',
  holds: 'Unit holds',
  tickets: 'Cinema tickets',
  cash: 'Cash',
  keysHandovers: 'Keys · handovers',
  close: 'Day close',
  vTotal: 'Parties',
  vNew: 'New',
  vReturning: 'Returning',
  vPeople: 'People',
  cInvited: 'Invited',
  hRequested: 'Requested',
  hApproved: 'Approved',
  hDeposits: 'Deposits',
  hReleased: 'Released',
  hSigned: 'Signed',
  depositsFen: 'Deposit amount',
  ticketsSold: 'Sold (tickets)',
  ticketSalesFen: 'Ticket sales',
  ticketCashFen: 'of which cash',
  handedToCashierFen: 'To the cashier',
  keysOut: 'Keys out',
  handoversCount: 'Handovers',
  closed: 'Closed',
  open: 'Open',
  signedBy: 'Signed by',
  provisional: 'as of #{seq}; the day may not be complete',
  never: 'never',
};

export const CHAIN_STATE_WORDS: Record<ChainState, Record<Locale, string>> = {
  current: { 'zh-CN': '一致，已收齐', en: 'Matches, complete' },
  backlog: { 'zh-CN': '一致，尚有待收', en: 'Matches, more to come' },
  behind: { 'zh-CN': '门店台账短于总部副本', en: 'Office ledger shorter than HQ’s copy' },
  fork: { 'zh-CN': '分叉：门店台账与总部副本不一致', en: 'Fork: the office’s ledger differs from HQ’s copy' },
  never: { 'zh-CN': '尚未联络', en: 'Not heard from yet' },
};

export const ALARM_WORDS: Record<AlarmKind, Record<Locale, string>> = {
  fork: { 'zh-CN': '分叉（已拒收）', en: 'Fork (refused)' },
  gap: { 'zh-CN': '断档：不按序送达（已拒收）', en: 'Gap: sent out of order (refused)' },
  behind: { 'zh-CN': '断档：门店台账短于总部副本', en: 'Gap: the office’s ledger is shorter than HQ’s copy' },
  silent: { 'zh-CN': '断档：超过 24 小时未联络', en: 'Gap: no contact for over 24 hours' },
  invalid: { 'zh-CN': '校验不过（已拒收）', en: 'Failed verification (refused)' },
  projection: { 'zh-CN': '报表未收录（条目已收）', en: 'Not in the reports (entries kept)' },
};

/** What the server answers instead of the page, in the reader's language. */
export const REFUSAL_WORDS = {
  foreignHost: { 'zh-CN': '拒绝：请求的主机名不是本服务', en: 'refused: the request names another host' },
  foreignOrigin: { 'zh-CN': '拒绝：请求来自其他网站', en: 'refused: the request comes from another site' },
  readOnly: {
    'zh-CN': '总部页面只读：只接受 GET 与 HEAD',
    en: 'the HQ page is read-only: GET and HEAD only',
  },
  wrongToken: {
    'zh-CN': '令牌不对：请打开 npm run hq -- serve 启动时打印的链接',
    en: 'wrong token: open the link `npm run hq -- serve` printed',
  },
  tokenRequired: {
    'zh-CN': '需要令牌：请打开 npm run hq -- serve 启动时打印的链接',
    en: 'token required: open the link `npm run hq -- serve` printed',
  },
  badDate: {
    'zh-CN': '日期格式应为 YYYY-MM-DD（如 2026-11-23）',
    en: 'date must be YYYY-MM-DD (e.g. 2026-11-23)',
  },
  notFound: { 'zh-CN': '没有这个页面', en: 'not found' },
  internal: { 'zh-CN': '内部错误，请查看服务端日志', en: 'internal error: see the server log' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * The reader's language: `?lang=` when it names one (zh, zh-CN… or en…), else the first of the
 * browser's Accept-Language (by its q weights) that the page speaks, else Chinese.
 */
export function localeOf(lang: string | null, acceptLanguage: string | undefined): Locale {
  const spoken = (tag: string): Locale | null => {
    const primary = tag.trim().toLowerCase().split('-')[0];
    return primary === 'zh' ? 'zh-CN' : primary === 'en' ? 'en' : null;
  };
  const asked = lang === null ? null : spoken(lang);
  if (asked) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((t) => t.q > 0 && Number.isFinite(t.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const t of ranked) {
    const locale = spoken(t.tag);
    if (locale) return locale;
  }
  return 'zh-CN';
}

export function wordsFor(locale: Locale): Words {
  return locale === 'en' ? en : zh;
}
export type { Words };
