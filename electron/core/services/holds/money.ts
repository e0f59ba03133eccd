import type { HandlersOf } from '../../handler';
import { confirmDeposit, listDeposits, recordDeposit } from './deposits';
import {
  cancelReservation,
  countOverdueRefunds,
  listRefunds,
  payRefund,
  recordCustomerTold,
  remindOverdueRefunds,
} from './refunds';

/** The money of a reservation: deposits, their confirmation by the cashier, refunds. */
export const moneyHandlers = {
  'holds.deposit': (input, ctx) => recordDeposit(ctx, input),
  'holds.deposits': (input, ctx) => listDeposits(ctx, input),
  'holds.confirmDeposit': (input, ctx) => confirmDeposit(ctx, input),
  'holds.cancel': (input, ctx) => cancelReservation(ctx, input),
  'holds.refunds': (input, ctx) => listRefunds(ctx, input),
  'holds.payRefund': (input, ctx) => payRefund(ctx, input),
  'holds.refundTold': (input, ctx) => recordCustomerTold(ctx, input),
  'holds.overdueRefunds': (_input, ctx) => countOverdueRefunds(ctx),
  'holds.remindOverdueRefunds': (_input, ctx) => remindOverdueRefunds(ctx),
} satisfies Partial<HandlersOf<'holds'>>;
