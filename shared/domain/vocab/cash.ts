import type { Labels } from './labels';

/** Ticket cash in custody (SPEC §6). How to add a value: see ./index.ts. */

/** A hand-over of ticket cash (cash_transfers.kind, CHECKed by 0004_tickets). */
export const CASH_TRANSFER_KINDS = ['to_colleague', 'to_cashier'] as const;
export type CashTransferKind = (typeof CASH_TRANSFER_KINDS)[number];
/** On screen the colleague is the receptionist, the only one who may take ticket cash over. */
export const CASH_TRANSFER_KIND_LABELS = {
  to_colleague: { 'zh-CN': '交前台', en: 'To the receptionist' },
  to_cashier: { 'zh-CN': '交出纳', en: 'To the cashier' },
} as const satisfies Labels<CashTransferKind>;
/** The reconciliation sheet (print and .xlsx) keeps the office's paper wording. */
export const CASH_TRANSFER_KIND_SHEET_LABELS = {
  to_colleague: { 'zh-CN': '交同事', en: 'To colleague' },
  to_cashier: { 'zh-CN': '交出纳', en: 'To cashier' },
} as const satisfies Labels<CashTransferKind>;

/** A line of a person's cash custody (cash_movements.kind, CHECKed by 0004_tickets). */
export const CASH_MOVEMENT_KINDS = [
  'sale',
  'void',
  'transfer_out',
  'transfer_in',
  'to_cashier',
  'count_variance',
] as const;
export type CashMovementKind = (typeof CASH_MOVEMENT_KINDS)[number];
