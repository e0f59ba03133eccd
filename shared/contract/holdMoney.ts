import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema } from './common';
import { fenSchema } from './units';
import { depositDetailSchema, holdReasonSchema, holdSchema, refundSummarySchema } from './holdViews';
import { DEPOSIT_METHODS, DEPOSIT_STATES } from '../domain/vocab';

/**
 * The money of a reservation: deposits 定金 with the agreed price (000:639, 000:755, 004:461),
 * confirmed by the cashier (000:595-597), and refunds 退定 (000:45).
 */

const MONEY_READERS = ['manager', 'deputy', 'cashier'] as const;
const refNumber = z.string().trim().min(1).max(40);

/** A deposit with its unit and customer, as the cashier and the managers list them. */
export const depositLineSchema = depositDetailSchema.extend({
  holdId: idSchema,
  unitLabel: z.string(),
  customerName: z.string(),
  consultantName: z.string(),
});
export type DepositLine = z.infer<typeof depositLineSchema>;

export const refundLineSchema = refundSummarySchema.extend({
  holdId: idSchema,
  unitLabel: z.string(),
  customerName: z.string(),
  /** Full to managers and deputies; masked to the cashier (000:613). */
  customerPhone: z.string(),
  consultantName: z.string(),
  receiptNo: z.string().nullable(),
});
export type RefundLine = z.infer<typeof refundLineSchema>;

export const holdMoneyCalls = {
  deposit: defineCall({
    summary:
      'Register the deposit: amount, method, receipt, agreement, agreed price (a discount needs the manager) and who received it',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z
      .object({
        holdId: idSchema,
        amountFen: fenSchema.min(1),
        method: z.enum(DEPOSIT_METHODS),
        receiptNo: refNumber,
        /** 定购协议号 */
        agreementNo: refNumber,
        /** The unit's list price when left out; a lower price is a discount. */
        agreedPriceFen: fenSchema.min(1).optional(),
        /** Who took the money; cash goes into their custody. */
        receivedBy: idSchema,
        /** Cash received by someone else than the one recording: the receiver's own PIN. */
        receiverSign: countersignSchema.optional(),
        /** Below the list price: why, and (unless a manager records it) the manager's PIN. */
        discount: z
          .object({ reason: holdReasonSchema, countersign: countersignSchema.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    output: holdSchema,
  }),
  deposits: defineCall({
    summary: 'Deposits with their state at the cashier (to confirm, with the receiver, confirmed)',
    access: MONEY_READERS,
    mutates: false,
    kept: true,
    input: z
      .object({
        state: z.enum(DEPOSIT_STATES).optional(),
        businessDate: businessDateSchema.optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(depositLineSchema),
  }),
  confirmDeposit: defineCall({
    summary:
      'The cashier confirms a deposit against the statement (signed in, or with her PIN in the dialog)',
    access: MONEY_READERS,
    mutates: true,
    input: z
      .object({
        depositId: idSchema,
        statementRef: z.string().trim().min(1).max(60).optional(),
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: depositLineSchema,
  }),
  cancel: defineCall({
    summary:
      'Cancel a reservation (退定) with the reason; money to return opens a refund the manager approves',
    access: ['manager'],
    mutates: true,
    input: z.object({ holdId: idSchema, refundFen: fenSchema, reason: holdReasonSchema }).strict(),
    output: holdSchema,
  }),
  refunds: defineCall({
    summary: 'Refunds: due, overdue and paid, with who approved, told the customer and paid',
    access: MONEY_READERS,
    background: true,
    mutates: false,
    kept: true,
    input: z
      .object({
        /** Open: not yet paid. */
        open: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(refundLineSchema),
  }),
  payRefund: defineCall({
    summary: 'The cashier pays a refund (signed in, or with her PIN): method and reference; once',
    access: MONEY_READERS,
    mutates: true,
    input: z
      .object({
        refundId: idSchema,
        method: z.enum(DEPOSIT_METHODS),
        reference: z.string().trim().min(1).max(60),
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: refundLineSchema,
  }),
  refundTold: defineCall({
    summary: 'Record that the customer was told about the refund (who, when, how)',
    access: [...MONEY_READERS, 'consultant'],
    mutates: true,
    input: z.object({ refundId: idSchema, note: z.string().trim().min(1).max(200).optional() }).strict(),
    output: refundLineSchema,
  }),
  overdueRefunds: defineCall({
    summary: 'How many overdue refunds the manager has not yet been reminded of today',
    access: ['manager'],
    background: true,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({ due: z.number().int() }),
  }),
  remindOverdueRefunds: defineCall({
    summary: "Remind the manager of each overdue refund, once a day until paid (the app's timer)",
    access: ['manager'],
    mutates: true,
    input: z.object({}).strict(),
    output: z.object({ reminded: z.number().int() }),
  }),
};

const methodTotalSchema = z.object({
  method: z.enum(DEPOSIT_METHODS),
  count: z.number().int(),
  amountFen: z.number().int(),
});

const refundDayLineSchema = z.object({
  id: idSchema,
  /** Null to a reader who does not read the whole 销控 (units and customers are left out). */
  unitLabel: z.string().nullable(),
  customerName: z.string().nullable(),
  amountFen: z.number().int(),
  approvedByName: z.string(),
  approvedOn: z.string(),
  dueDate: z.string(),
});

/**
 * The 定金 facts of one business date for the day sheet (deposits by method, discounts with who
 * approved them, refunds approved, paid and still due), as of the end of that date: re-asked
 * later, a closed date gives the same facts.
 */
export const depositDayFactsSchema = z.object({
  date: z.string(),
  /** The reader does not read the whole 销控: units, customers, prices and discounts are left out. */
  restricted: z.boolean(),
  deposits: z.array(
    z.object({
      at: z.string(),
      receiptNo: z.string(),
      agreementNo: z.string(),
      unitLabel: z.string().nullable(),
      customerName: z.string().nullable(),
      method: z.enum(DEPOSIT_METHODS),
      amountFen: z.number().int(),
      receivedByName: z.string(),
      agreedPriceFen: z.number().int().nullable(),
      listPriceFen: z.number().int().nullable(),
      discountFen: z.number().int().nullable(),
      /** Where the money stood at the end of the date. */
      state: z.enum(DEPOSIT_STATES),
    }),
  ),
  /** Every method, in the vocabulary's order, zero where nothing was taken. */
  byMethod: z.array(methodTotalSchema),
  totalFen: z.number().int(),
  discounts: z.array(
    z.object({
      receiptNo: z.string(),
      unitLabel: z.string(),
      listPriceFen: z.number().int(),
      agreedPriceFen: z.number().int(),
      discountFen: z.number().int(),
      approvedByName: z.string(),
      reason: z.string(),
    }),
  ),
  refunds: z.object({
    /** Opened (approved by the manager) on the date. */
    approved: z.array(refundDayLineSchema),
    /** Paid by the cashier on the date. */
    paid: z.array(
      refundDayLineSchema.extend({
        paidAt: z.string(),
        method: z.enum(DEPOSIT_METHODS),
        reference: z.string(),
        cashierName: z.string(),
      }),
    ),
    /** Approved by the end of the date and not paid by then, with the days past due. */
    outstanding: z.array(refundDayLineSchema.extend({ daysOverdue: z.number().int() })),
    paidByMethod: z.array(methodTotalSchema),
    approvedFen: z.number().int(),
    paidFen: z.number().int(),
    outstandingFen: z.number().int(),
  }),
});
export type DepositDayFacts = z.infer<typeof depositDayFactsSchema>;
