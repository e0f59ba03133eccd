/**
 * The words of the reconciliation sheet. The sheet is the office's Chinese paper form
 * (日结对账单, SPEC §8): its sheet names and headings are Chinese whatever the screen language.
 */
export const SHEET_NAMES = ['汇总', '电影票', '现金', '来访', '来电', '销控', '钥匙', '交接'] as const;

export const TITLE = '日结对账单';
export const CLOSED = '已日结';
export const NOT_CLOSED = '未日结';

export const OUTCOMES: Record<string, string> = {
  left_phone: '留电',
  pledge: '认筹',
  deposit: '下定',
  browse: '仅参观',
  market_research: '市调',
};

export const CHOSEN_BY: Record<string, string> = { rotation: '轮排', owner: '归属顾问', named: '客户指定' };

export const HOLD_KINDS: Record<string, string> = {
  requested: '申请销控',
  approved: '批准保留',
  extended: '延长保留',
  rejected: '驳回',
  deposit: '登记定金',
  released: '放出',
  signed: '签约',
  cancelled: '退定',
};

export const KEY_KINDS: Record<string, string> = {
  issued: '借出',
  returned: '归还',
  handed_over: '交接',
  lost: '报失',
  found: '找回',
};

export const TRANSFER_KINDS: Record<string, string> = { to_colleague: '交同事', to_cashier: '交出纳' };

export const SIGNATURES = [
  ['receptionist', '前台接待员'],
  ['cashier', '财务出纳'],
  ['manager', '专案经理'],
] as const;

export const SYSTEM = '系统';

/** ¥100 … ¥0.1 as the cash count lists them. */
export function denominationLabel(fen: number): string {
  return `¥${fen % 100 === 0 ? fen / 100 : (fen / 100).toFixed(1)}`;
}
