import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema } from './common';
import { dayCheckItemSchema } from './keys';
import { overdueComplaintSchema } from './complaints';
import { messageSchema } from './messages';
import { varianceSchema } from './cash';
import { DAY_CLOSE_EVENT_KINDS, DAY_STATUSES, SIGNING_ROLES, TAKINGS_METHODS } from '../domain/vocab';

/** Day close 日结 (SPEC §8): a guided close of one business date, then the date is locked. */

/** The pieces counted at the close, in fen: ¥100, 50, 20, 10, 5, 1, 0.5, 0.1. */
export const DENOMINATIONS_FEN = [10000, 5000, 2000, 1000, 500, 100, 50, 10] as const;
export type DenominationFen = (typeof DENOMINATIONS_FEN)[number];
export { SIGNING_ROLES };
export type { SigningRole } from '../domain/vocab';

/** Pieces of one denomination counted at the close: whole, none or more. */
export const PIECES_RANGE = { min: 0, max: 100_000 } as const;
/** Tickets of one type counted in the drawer at the close. */
export const STOCK_COUNT_RANGE = { min: 0, max: 100_000 } as const;

const piecesCount = z.number().int().min(PIECES_RANGE.min).max(PIECES_RANGE.max);

/** How many pieces of each denomination, keyed by fen (a denomination left out: none). */
export const piecesSchema = z
  .object(Object.fromEntries(DENOMINATIONS_FEN.map((d) => [String(d), piecesCount.optional()])))
  .strict();
export type Pieces = Partial<Record<`${DenominationFen}`, number>>;

const explanationSchema = z.string().trim().min(1).max(200);

export const cashCountSchema = z.object({
  id: idSchema,
  at: z.string(),
  countedBy: z.string(),
  pieces: z.array(z.object({ fen: z.number().int(), count: z.number().int() })),
  countedFen: z.number().int(),
  expectedFen: z.number().int(),
  varianceFen: z.number().int(),
  explanation: z.string().nullable(),
  /** What went to the cashier with this count (0 when there was no ticket cash). */
  handedFen: z.number().int(),
  cashierName: z.string().nullable(),
});
export type CashCountView = z.infer<typeof cashCountSchema>;

/**
 * A ticket type counted at a close, referred to the end of the closed date: `expected` is the
 * stock the ledger holds at the end of that date, `counted` what was on hand then by the count.
 * The count itself is of the drawer when counted (`countedOnHand`): when movements dated later
 * had already moved the stock (a date reopened after the desk sold on), they are taken back
 * out (`afterwards`, their sum), so `counted = countedOnHand - afterwards`.
 */
export const closeStockLineSchema = z.object({
  typeId: idSchema,
  typeName: z.string(),
  expected: z.number().int(),
  counted: z.number().int(),
  variance: z.number().int(),
  explanation: z.string().nullable(),
  countedOnHand: z.number().int(),
  afterwards: z.number().int(),
});

/** Statement figures the cashier types: fen, a refund-heavy day may read below zero. */
export const STATEMENT_RANGE = { min: -100_000_000, max: 100_000_000 } as const;

/**
 * A non-cash method's takings of the date by the ledger: tickets sold by it (less voids), deposits
 * 定金 taken by it, less refunds 退定 paid out by it — the net a merchant or bank statement of
 * that method reports for the day.
 */
export const takingsLedgerSchema = z.object({
  method: z.enum(TAKINGS_METHODS),
  ticketsFen: z.number().int(),
  depositsFen: z.number().int(),
  refundsFen: z.number().int(),
  ledgerFen: z.number().int(),
});
export type TakingsLedgerLine = z.infer<typeof takingsLedgerSchema>;

/** The non-cash takings as the cashier confirmed them against her statements, with her PIN. */
export const takingsSchema = z.object({
  at: z.string(),
  cashierName: z.string(),
  confirmedBy: z.string(),
  lines: z.array(
    takingsLedgerSchema.extend({
      statementFen: z.number().int(),
      differenceFen: z.number().int(),
      explanation: z.string().nullable(),
    }),
  ),
});
export type TakingsView = z.infer<typeof takingsSchema>;

const signatureSchema = z.object({
  role: z.enum(SIGNING_ROLES),
  userId: idSchema,
  name: z.string(),
  at: z.string(),
});

/** One close of a date, as signed: every close of a date is kept, a reclose does not replace it. */
export const closeOfDateSchema = z.object({
  at: z.string(),
  by: z.string(),
  stock: z.array(closeStockLineSchema),
  signatures: z.array(signatureSchema),
  /** The non-cash takings confirmed for this close (null: none taken, none confirmed). */
  takings: takingsSchema.nullable(),
});

export const closeRecordSchema = z.object({
  businessDate: businessDateSchema,
  /** open: counted but never closed; closed: locked; reopened: closed once, open again now. */
  status: z.enum(DAY_STATUSES),
  /** The latest close (still shown when the date was reopened since). */
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  stock: z.array(closeStockLineSchema),
  /** The latest cash count of the date, and every count (a reopened day may be counted again). */
  cash: cashCountSchema.nullable(),
  cashCounts: z.array(cashCountSchema),
  handedFen: z.number().int(),
  cashierName: z.string().nullable(),
  keyCheck: z
    .object({
      complete: z.boolean(),
      out: z.array(
        z.object({
          tag: z.string(),
          name: z.string(),
          copyNo: z.number().int(),
          holder: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  signatures: z.array(signatureSchema),
  /** The latest close's non-cash takings (null: none taken and none confirmed, or not closed). */
  takings: takingsSchema.nullable(),
  reopenings: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  /** Every close of the date, oldest first; the last one is the one above. */
  closes: z.array(closeOfDateSchema),
  /** Every close and reopening of the date, in order. */
  history: z.array(
    z.object({
      kind: z.enum(DAY_CLOSE_EVENT_KINDS),
      at: z.string(),
      by: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  /** The ledger's fingerprint 台账指纹 the latest close recorded (printed on its sheet); null if none. */
  fingerprint: z.string().nullable(),
});
export type CloseRecord = z.infer<typeof closeRecordSchema>;

/**
 * A closed date as the list of closes shows it: its state, the latest close and its signatures,
 * the cash handed in, the reopenings and the fingerprint. The counts, the key check, the takings
 * and the history are the record's (`dayclose.record`): a month of whole records is some 100 KB
 * the list never shows, read and checked on every visit of the page.
 */
export const closeSummarySchema = closeRecordSchema.pick({
  businessDate: true,
  status: true,
  closedAt: true,
  closedBy: true,
  handedFen: true,
  cashierName: true,
  signatures: true,
  reopenings: true,
  fingerprint: true,
});
export type CloseSummary = z.infer<typeof closeSummarySchema>;

/** A record's summary: the one definition behind the list and the tests that hold it to the record. */
export function closeSummaryOf(record: CloseRecord): CloseSummary {
  return {
    businessDate: record.businessDate,
    status: record.status,
    closedAt: record.closedAt,
    closedBy: record.closedBy,
    handedFen: record.handedFen,
    cashierName: record.cashierName,
    signatures: record.signatures,
    reopenings: record.reopenings,
    fingerprint: record.fingerprint,
  };
}

const reviewItemSchema = z.object({ at: z.string(), text: z.string(), kind: z.string().nullable() });
const reviewSchema = z.object({ count: z.number().int(), items: z.array(reviewItemSchema) });

export const preparationSchema = z.object({
  businessDate: businessDateSchema,
  /** The desk's open business date now (what a write would be dated). */
  today: businessDateSchema,
  /**
   * Each ticket type to count: `expected` at the end of the date, `onHandNow` what the drawer
   * should hold now (they differ when movements dated after the date were written before it is
   * closed: a reopened date, or a date closed the morning after). The count is of the drawer now.
   */
  stock: z.array(
    z.object({
      typeId: idSchema,
      name: z.string(),
      /** Null with blind counts on: told only once the count is submitted (`checkStock`). */
      expected: z.number().int().nullable(),
      onHandNow: z.number().int().nullable(),
    }),
  ),
  /** Blind counts (setting): the expected figures are withheld from the counting steps. */
  blindCounts: z.boolean(),
  /**
   * Ticket cash held per person at the end of the date (must all be handed to the cashier
   * before the close); cash taken in on later dates is theirs, not the date's. With blind counts
   * on, who still holds cash but not how much (the count is compared with it when handed in).
   */
  cashHeld: z.array(
    z.object({ userId: idSchema, name: z.string(), balanceFen: z.number().int().nullable() }),
  ),
  /** What stand-ins carry overnight (留存, 000:605): it does not hold up the close. */
  cashCarried: z.array(z.object({ userId: idSchema, name: z.string(), balanceFen: z.number().int() })),
  /**
   * The non-cash takings of the date by the ledger now, and the cashier's confirmation for the
   * close to come (null until she confirms; a reopened date is confirmed again).
   */
  takings: z.object({ ledger: z.array(takingsLedgerSchema), confirmed: takingsSchema.nullable() }),
  /** Cash variances 长短款 found on the date (handovers, hand-ins), decided or not. */
  cashVariances: z.array(varianceSchema),
  keyCheck: z.object({ complete: z.boolean(), items: z.array(dayCheckItemSchema) }),
  review: z.object({
    visits: reviewSchema,
    calls: reviewSchema,
    holdEvents: reviewSchema,
    handovers: reviewSchema,
  }),
  openTasks: z.array(z.string()),
  unacknowledgedHandovers: z.array(z.string()),
  record: closeRecordSchema.nullable(),
  /** Complaints past a deadline now (first reply, handling, latest close, revisit). */
  overdueComplaints: z.array(overdueComplaintSchema),
  /** Messages for colleagues not yet called back, overdue first (000:683). */
  openMessages: z.array(messageSchema),
});
export type Preparation = z.infer<typeof preparationSchema>;

const DESK = ['receptionist', 'manager', 'deputy', 'cashier', 'admin'] as const;
const dateRef = { businessDate: businessDateSchema };

export const dayclose = {
  prepare: defineCall({
    summary: 'Everything the guided close of a date shows: expected figures, key check, the day in review',
    access: DESK,
    mutates: false,
    input: z.object({ businessDate: businessDateSchema.optional() }).strict(),
    output: preparationSchema,
  }),
  checkStock: defineCall({
    // mutating so that each count submitted is on the audit log: blind counts are not probed unseen
    summary:
      'Tickets counted per type, compared with what the drawer should hold (blind counts: only now told)',
    access: ['receptionist', 'manager'],
    mutates: true,
    input: z
      .object({
        ...dateRef,
        stock: z
          .array(
            z
              .object({
                typeId: idSchema,
                counted: z.number().int().min(STOCK_COUNT_RANGE.min).max(STOCK_COUNT_RANGE.max),
              })
              .strict(),
          )
          .max(200),
      })
      .strict(),
    output: z.array(
      z.object({
        typeId: idSchema,
        name: z.string(),
        expected: z.number().int(),
        onHandNow: z.number().int(),
        counted: z.number().int(),
        variance: z.number().int(),
      }),
    ),
  }),
  countCash: defineCall({
    summary: 'Ticket cash counted by denomination and handed to the cashier, who countersigns',
    access: ['receptionist'],
    mutates: true,
    countersign: { roles: ['cashier'] },
    input: z
      .object({
        ...dateRef,
        pieces: piecesSchema,
        explanation: explanationSchema.optional(),
        countersign: countersignSchema,
      })
      .strict(),
    output: cashCountSchema,
  }),
  confirmTakings: defineCall({
    summary: "Non-cash takings per method: the cashier's statement figures against the ledger, her PIN",
    access: ['receptionist', 'manager'],
    mutates: true,
    countersign: { roles: ['cashier'] },
    input: z
      .object({
        ...dateRef,
        lines: z
          .array(
            z
              .object({
                method: z.enum(TAKINGS_METHODS),
                statementFen: z.number().int().min(STATEMENT_RANGE.min).max(STATEMENT_RANGE.max),
                explanation: explanationSchema.optional(),
              })
              .strict(),
          )
          .max(TAKINGS_METHODS.length),
        countersign: countersignSchema,
      })
      .strict(),
    output: takingsSchema,
  }),
  close: defineCall({
    summary: 'Close a business date: stock counted, keys checked, signed by receptionist, cashier, manager',
    access: ['receptionist', 'manager'],
    mutates: true,
    input: z
      .object({
        ...dateRef,
        stock: z
          .array(
            z
              .object({
                typeId: idSchema,
                /** The tickets in the drawer when counted (see closeStockLineSchema). */
                counted: z.number().int().min(STOCK_COUNT_RANGE.min).max(STOCK_COUNT_RANGE.max),
                explanation: explanationSchema.optional(),
              })
              .strict(),
          )
          .max(200),
        signatures: z
          .object({ receptionist: countersignSchema, cashier: countersignSchema, manager: countersignSchema })
          .strict(),
      })
      .strict(),
    output: closeRecordSchema,
  }),
  reopen: defineCall({
    summary: 'Reopen a closed date (manager, with a reason; recorded)',
    access: ['manager'],
    mutates: true,
    input: z.object({ ...dateRef, reason: explanationSchema }).strict(),
    output: closeRecordSchema,
  }),
  openDate: defineCall({
    summary:
      "The business date the desk is writing into (after an evening close: the next one), and the clock's",
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({ businessDate: businessDateSchema, clockDate: businessDateSchema }),
  }),
  list: defineCall({
    // a month by default: the page lists the latest closes; an older date is opened by its date
    summary: 'The dates closed (or reopened), newest first',
    access: DESK,
    mutates: false,
    kept: true,
    input: z.object({ limit: z.number().int().min(1).max(366).default(31) }).strict(),
    output: z.array(closeSummarySchema),
  }),
  record: defineCall({
    summary: "A date's close record (for the reconciliation sheet), or null",
    access: DESK,
    mutates: false,
    kept: true,
    input: z.object(dateRef).strict(),
    output: closeRecordSchema.nullable(),
  }),
};
