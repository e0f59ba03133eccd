import { z } from 'zod';
import { defineCall } from './define';
import { sheetFingerprintSchema } from './audit';
import { businessDateSchema, idSchema, instantSchema } from './common';
import { peopleSheetSchema } from './peopleSheet';
import {
  CASH_TRANSFER_KINDS,
  CHOSEN_BY,
  DAY_CLOSE_EVENT_KINDS,
  DEPOSIT_METHODS,
  HOLD_EVENT_KINDS,
  KEY_MOVEMENT_KINDS,
  SIGNING_ROLES,
  VISIT_OUTCOMES,
} from '../domain/vocab';

/**
 * The day's reconciliation sheet 日结对账单 (SPEC §8) as plain data: the .xlsx, the print page
 * (A4 PDF) and the CLI all render this one object, so every rendering shows the same figures.
 * Money is integer fen; phones are masked (SPEC §2, 000:613).
 */

/** The eight notes and coins counted at the close (¥100 … ¥0.1), in fen. */
import { DENOMINATIONS_FEN } from './dayclose';
import { depositDayFactsSchema } from './holdMoney';

/** The day close's denominations, in the order the sheet lists them. */
export { DENOMINATIONS_FEN };

const fen = z.number().int();
const count = z.number().int();

export const sheetTicketLineSchema = z.object({
  typeId: idSchema,
  name: z.string(),
  priceFen: fen,
  opening: count,
  received: count,
  sold: count,
  voided: count,
  returned: count,
  adjusted: count,
  closing: count,
  /** Sales of the day net of voided sales, every payment method. */
  salesFen: fen,
  /** The cash part of those sales (what the desk must hold or hand over). */
  cashSalesFen: fen,
});

/** A ticket sold at a price other than the catalogue's, with the manager's countersign (004:461). */
export const sheetPriceExceptionSchema = z.object({
  at: instantSchema,
  typeName: z.string(),
  count,
  catalogueFen: fen,
  unitPriceFen: fen,
  amountFen: fen,
  sellerName: z.string(),
  countersignedByName: z.string().nullable(),
  reason: z.string().nullable(),
});

export const sheetCashHolderSchema = z.object({
  userId: idSchema,
  name: z.string(),
  openingFen: fen,
  salesFen: fen,
  voidsFen: fen,
  transfersInFen: fen,
  transfersOutFen: fen,
  toCashierFen: fen,
  varianceFen: fen,
  closingFen: fen,
});

export const sheetTransferSchema = z.object({
  at: instantSchema,
  kind: z.enum(CASH_TRANSFER_KINDS),
  fromName: z.string(),
  toName: z.string(),
  expectedFen: fen,
  amountFen: fen,
  varianceFen: fen,
  explanation: z.string().nullable(),
});

export const sheetVisitSchema = z.object({
  arrivedAt: instantSchema,
  leftAt: instantSchema.nullable(),
  customerName: z.string(),
  phone: z.string().nullable(),
  partySize: count,
  channel: z.string(),
  returning: z.boolean(),
  consultantName: z.string(),
  chosenBy: z.enum(CHOSEN_BY),
  outcome: z.enum(VISIT_OUTCOMES).nullable(),
});

export const sheetCallSchema = z.object({
  at: instantSchema,
  callerName: z.string(),
  phone: z.string().nullable(),
  channel: z.string(),
  returning: z.boolean(),
  answeredBy: z.string(),
  topic: z.string().nullable(),
  invitedFor: businessDateSchema.nullable(),
});

export const sheetHoldEventSchema = z.object({
  at: instantSchema,
  unitLabel: z.string(),
  kind: z.enum(HOLD_EVENT_KINDS),
  actorName: z.string().nullable(),
  consultantName: z.string(),
  customerName: z.string(),
  phone: z.string(),
  amountFen: fen.nullable(),
  receiptNo: z.string().nullable(),
  reason: z.string().nullable(),
});

export const sheetKeyMovementSchema = z.object({
  at: instantSchema,
  tag: z.string(),
  keyName: z.string(),
  copyNo: count,
  kind: z.enum(KEY_MOVEMENT_KINDS),
  holderName: z.string().nullable(),
  byName: z.string(),
  purpose: z.string().nullable(),
  reason: z.string().nullable(),
});

export const sheetKeyOutSchema = z.object({
  tag: z.string(),
  keyName: z.string(),
  copyNo: count,
  holderName: z.string().nullable(),
  since: instantSchema.nullable(),
  overnightReason: z.string().nullable(),
});

/**
 * What the day-close ledger recorded; null until the date's cash is counted or it is closed.
 * The stock counts and signatures are those of the latest close (a reopened date closed again
 * says so, with the reopening's reason, in `history`); the cash counts are every count of the
 * date, each handed to the cashier, and the pieces by denomination are theirs added up.
 */
export const closeSectionSchema = z.object({
  closed: z.boolean(),
  closedAt: instantSchema.nullable(),
  /** Closed more than once (reopened and closed again). */
  reclosed: z.boolean(),
  /** Every close and reopening of the date, in order, with who and why. */
  history: z.array(
    z.object({
      kind: z.enum(DAY_CLOSE_EVENT_KINDS),
      at: instantSchema,
      by: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  /**
   * The latest close's count per type, referred to the end of the date (`expected` is the
   * date's closing stock); `countedOnHand` the drawer when counted, `afterwards` what later
   * dates had moved by then (`counted = countedOnHand - afterwards`).
   */
  ticketCounts: z.array(
    z.object({
      typeId: idSchema,
      name: z.string(),
      expected: count,
      counted: count,
      explanation: z.string().nullable(),
      countedOnHand: count,
      afterwards: count,
    }),
  ),
  /** One line per denomination of DENOMINATIONS_FEN, in that order: the pieces of every count. */
  cashByDenomination: z.array(z.object({ denominationFen: fen, pieces: count })),
  cashCounts: z.array(
    z.object({
      at: instantSchema,
      countedBy: z.string(),
      countedFen: fen,
      expectedFen: fen,
      varianceFen: fen,
      explanation: z.string().nullable(),
      handedFen: fen,
      cashierName: z.string().nullable(),
    }),
  ),
  expectedCashFen: fen,
  handedToCashierFen: fen,
  /** Ticket cash of the date a stand-in carried overnight (留存, 000:605), by name. */
  carried: z.array(z.object({ name: z.string(), amountFen: fen })),
  /** The name of each signer, by role; every signing role is present. */
  signatures: z.record(z.enum(SIGNING_ROLES), z.string().nullable()),
});
export type CloseSection = z.infer<typeof closeSectionSchema>;

/** One shift handover of the day, as the handover ledger recorded it. */
export const handoverSectionSchema = z.object({
  shift: z.string(),
  fromName: z.string(),
  toName: z.string(),
  startedAt: instantSchema,
  acknowledgedAt: instantSchema.nullable(),
  acknowledged: z.boolean(),
  differences: z.array(z.string()),
  openTasks: z.array(z.string()),
});
export type HandoverSection = z.infer<typeof handoverSectionSchema>;

/**
 * 收款方式: one method's money of the date. `dueFen` is what the cashier should receive: for a
 * method other than cash, the ledger (tickets + deposits − refunds paid out by it), which her
 * statement nets; for cash, the desk's cash of the date (ticket cash + cash deposits + what was
 * held at the start − what is still held or carried at the end). `receivedFen` is what she
 * received: the cash handed to her, or the statement figure she confirmed (null until she has).
 * Cash refunds are paid from the cashier's own till: listed, not part of the desk's cash.
 */
export const sheetMoneyLineSchema = z.object({
  method: z.enum(DEPOSIT_METHODS),
  ticketsFen: fen,
  depositsFen: fen,
  refundsFen: fen,
  dueFen: fen,
  receivedFen: fen.nullable(),
  differenceFen: fen.nullable(),
  explanation: z.string().nullable(),
});
export type SheetMoneyLine = z.infer<typeof sheetMoneyLineSchema>;

export const daySheetSchema = z.object({
  project: z.string(),
  businessDate: businessDateSchema,
  generatedAt: instantSchema,
  closed: z.boolean(),
  summary: z.object({
    visits: z.object({ total: count, new: count, returning: count, people: count }),
    calls: z.object({ total: count, new: count, returning: count, invited: count }),
    holds: z.object({ requested: count, approved: count, deposits: count, released: count, signed: count }),
    depositsFen: fen,
    ticketsSold: count,
    ticketSalesFen: fen,
    ticketCashFen: fen,
    handedToCashierFen: fen,
    keysOut: count,
    handovers: count,
  }),
  tickets: z.array(sheetTicketLineSchema),
  priceExceptions: z.array(sheetPriceExceptionSchema),
  cash: z.object({ holders: z.array(sheetCashHolderSchema), transfers: z.array(sheetTransferSchema) }),
  visits: z.array(sheetVisitSchema),
  calls: z.array(sheetCallSchema),
  holdEvents: z.array(sheetHoldEventSchema),
  keys: z.object({ movements: z.array(sheetKeyMovementSchema), out: z.array(sheetKeyOutSchema) }),
  close: closeSectionSchema.nullable(),
  handovers: z.array(handoverSectionSchema),
  /** 定金: deposits by method, discounts with who approved them, refunds approved, paid and owed. */
  deposits: depositDayFactsSchema,
  /** 收款方式: all money in and out of the desk by method, reconciled to the cashier's receipts. */
  money: z.object({
    lines: z.array(sheetMoneyLineSchema),
    /** The cashier who confirmed the non-cash statements (the final close's), or null. */
    statementsBy: z.string().nullable(),
  }),
  /** 出勤, 外出, 开/闭店检查: from the people registers. */
  people: peopleSheetSchema,
  /** The ledger's fingerprint 台账指纹, printed beside the signatures (a witness of the chain). */
  fingerprint: sheetFingerprintSchema.nullable(),
});
export type DaySheet = z.infer<typeof daySheetSchema>;

/** A file made in the main process, carried as base64 so IPC and /rpc carry it alike. */
export const exportFileSchema = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The desk people who prepare, check and sign the sheet (the admin sets the app up, not the day). */
const SHEET_READERS = ['receptionist', 'manager', 'deputy', 'cashier'] as const;
/** The business date; the desk's current one when left out. */
const dateInput = z.object({ date: businessDateSchema.optional() }).strict();

export const sheetExports = {
  daySheet: defineCall({
    summary: "A business date's reconciliation sheet as data (the print page renders it)",
    access: SHEET_READERS,
    mutates: false,
    input: dateInput,
    output: daySheetSchema,
  }),
  daySheetXlsx: defineCall({
    summary: "A business date's reconciliation sheet 日结对账单 as .xlsx (base64), phones masked",
    access: SHEET_READERS,
    mutates: false,
    input: dateInput,
    output: exportFileSchema,
  }),
  weekXlsx: defineCall({
    summary: 'The Monday–Sunday visitor/call analysis holding the date, as .xlsx (base64)',
    access: SHEET_READERS,
    mutates: false,
    input: dateInput,
    output: exportFileSchema,
  }),
};
