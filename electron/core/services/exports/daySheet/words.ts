import {
  CASH_TRANSFER_KIND_SHEET_LABELS,
  CHOSEN_BY_LABELS,
  DAY_STATUS_LABELS,
  HOLD_EVENT_KIND_LABELS,
  KEY_MOVEMENT_KIND_LABELS,
  labelsIn,
  ROLE_LABELS,
  SIGNING_ROLES,
  VISIT_OUTCOME_LABELS,
} from '../../../../../shared/domain/vocab';

/**
 * The words of the reconciliation sheet. The sheet is the office's Chinese paper form
 * (日结对账单, SPEC §8): its sheet names and headings are Chinese whatever the screen language.
 * The names of kinds come from the vocabularies, in Chinese.
 */
export const SHEET_NAMES = [
  '汇总',
  '电影票',
  '现金',
  '来访',
  '来电',
  '销控',
  '定金',
  '收款方式',
  '钥匙',
  '交接',
  '出勤',
] as const;

export const TITLE = '日结对账单';
export const CLOSED = '已日结';
export const NOT_CLOSED = '未日结';
export const RECLOSED = '已重新日结';
export const REOPENED_OPEN = '已重开，尚未重新日结';

export const OUTCOMES = labelsIn(VISIT_OUTCOME_LABELS, 'zh-CN');
export const CHOSEN_BY = labelsIn(CHOSEN_BY_LABELS, 'zh-CN');
export const HOLD_KINDS = labelsIn(HOLD_EVENT_KIND_LABELS, 'zh-CN');
export const KEY_KINDS = labelsIn(KEY_MOVEMENT_KIND_LABELS, 'zh-CN');
export const TRANSFER_KINDS = labelsIn(CASH_TRANSFER_KIND_SHEET_LABELS, 'zh-CN');
export const DAY_EVENTS = labelsIn(DAY_STATUS_LABELS, 'zh-CN');

export const SIGNATURES = SIGNING_ROLES.map((role) => [role, ROLE_LABELS[role]['zh-CN']] as const);

export const SYSTEM = '系统';

/** ¥100 … ¥0.1 as the cash count lists them. */
export function denominationLabel(fen: number): string {
  return `¥${fen % 100 === 0 ? fen / 100 : (fen / 100).toFixed(1)}`;
}
