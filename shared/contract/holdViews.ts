import { z } from 'zod';
import { idSchema } from './common';
import {
  DEPOSIT_METHODS,
  DEPOSIT_STATES,
  HOLD_EVENT_KINDS,
  HOLD_STATES,
  REFUND_STATES,
  UNIT_STATUSES,
} from '../domain/vocab';

/**
 * What the 销控 calls answer about a hold, its deposit and its refund. Prices, discounts and
 * other people's customers are filled only for those who may read the whole 销控 (managers,
 * deputies, whoever they authorise): for anyone else the main process leaves them null.
 */

export const holdReasonSchema = z.string().trim().min(1).max(200);

/** A deposit 定金 as recorded (0024); deposits recorded before then have none of this. */
export const depositDetailSchema = z.object({
  id: idSchema,
  method: z.enum(DEPOSIT_METHODS),
  amountFen: z.number().int(),
  receiptNo: z.string(),
  agreementNo: z.string(),
  receivedById: idSchema,
  receivedByName: z.string(),
  agreedPriceFen: z.number().int(),
  /** The unit's list price when the deposit was taken; null to those who may not see prices. */
  listPriceFen: z.number().int().nullable(),
  /** List price less the agreed price (0: no discount); null to those who may not see prices. */
  discountFen: z.number().int().nullable(),
  /** The manager who approved the discount, and why; null without a discount (or to others). */
  approvedByName: z.string().nullable(),
  discountReason: z.string().nullable(),
  state: z.enum(DEPOSIT_STATES),
  confirmedAt: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  statementRef: z.string().nullable(),
  at: z.string(),
  businessDate: z.string(),
});
export type DepositDetail = z.infer<typeof depositDetailSchema>;

/** A refund 退定 of a cancelled reservation, its state derived from its events and the date. */
export const refundSummarySchema = z.object({
  id: idSchema,
  amountFen: z.number().int(),
  reason: z.string(),
  approvedByName: z.string(),
  approvedAt: z.string(),
  dueDate: z.string(),
  state: z.enum(REFUND_STATES),
  /** Whole business dates past the due date (0 unless overdue). */
  daysOverdue: z.number().int(),
  told: z.object({ at: z.string(), byName: z.string(), note: z.string().nullable() }).nullable(),
  paid: z
    .object({
      at: z.string(),
      cashierName: z.string(),
      method: z.enum(DEPOSIT_METHODS),
      reference: z.string(),
    })
    .nullable(),
});
export type RefundSummary = z.infer<typeof refundSummarySchema>;

export const holdSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitLabel: z.string(),
  state: z.enum(HOLD_STATES),
  consultantId: idSchema,
  consultantName: z.string(),
  customerName: z.string(),
  /** Full to managers, deputies and the customer's own consultant; masked to anyone else. */
  customerPhone: z.string(),
  requestedAt: z.string(),
  expiresAt: z.string().nullable(),
  depositFen: z.number().int().nullable(),
  receiptNo: z.string().nullable(),
  /** The consultant's report that the customer will not pay the deposit (不定), if any. */
  reported: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
  deposit: depositDetailSchema.nullable(),
  refund: refundSummarySchema.nullable(),
});
export type HoldView = z.infer<typeof holdSchema>;

export const boardUnitSchema = z.object({
  id: idSchema,
  building: z.string(),
  unit: z.string(),
  floor: z.number().int(),
  room: z.string(),
  layout: z.string(),
  areaCenti: z.number().int(),
  status: z.enum(UNIT_STATUSES),
  /** When a held unit is released by the app unless a deposit comes first (own holds only, to others). */
  expiresAt: z.string().nullable(),
  /** Those who read the whole 销控 only (000:721 rule 38); null for everyone else. */
  listPriceFen: z.number().int().nullable(),
  /** Those who read the whole 销控 see every hold; others only their own; null otherwise. */
  hold: holdSchema.nullable(),
});
export type BoardUnit = z.infer<typeof boardUnitSchema>;

export const holdEventSchema = z.object({
  id: idSchema,
  holdId: idSchema,
  unitLabel: z.string(),
  kind: z.enum(HOLD_EVENT_KINDS),
  at: z.string(),
  businessDate: z.string(),
  /** null: done by the app itself (an expired hold released). */
  actorName: z.string().nullable(),
  consultantName: z.string(),
  customerName: z.string(),
  customerPhone: z.string(),
  expiresAt: z.string().nullable(),
  reason: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  receiptNo: z.string().nullable(),
  /** A deposit event: how it was paid, the agreement, the agreed price and any discount. */
  deposit: depositDetailSchema.nullable(),
});
export type HoldEventView = z.infer<typeof holdEventSchema>;
