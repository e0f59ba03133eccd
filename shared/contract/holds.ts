import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema, personNameSchema } from './common';
import { fenSchema } from './units';
import { HOLD_EVENT_KINDS, HOLD_STATES, UNIT_STATUSES } from '../domain/vocab';

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { HOLD_EVENT_KINDS, HOLD_STATES, UNIT_STATUSES };
export type { HoldEventKind, HoldState, UnitStatus } from '../domain/vocab';

const reasonSchema = z.string().trim().min(1).max(200);
const minutesSchema = z.number().int().min(1).max(1440);

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
  /** When a held unit is released by the app unless a deposit comes first. */
  expiresAt: z.string().nullable(),
  /** Managers and deputies only (000:721 rule 38); null for everyone else. */
  listPriceFen: z.number().int().nullable(),
  /** Managers and deputies see every hold; others only their own; null otherwise. */
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
});
export type HoldEventView = z.infer<typeof holdEventSchema>;

const holdRef = { holdId: idSchema };

export const holds = {
  board: defineCall({
    summary:
      'The sales-control board of one building 楼栋 (the first when none is named): its units with their derived status',
    access: 'signedIn',
    // refreshed by the renderer every few seconds: not a person acting, so no idle-lock reset
    background: true,
    mutates: false,
    input: z.object({ building: z.string().max(40).optional() }).strict(),
    output: z.object({
      now: instantSchema,
      /** Every building of the project, in the board's order; `building` is the one shown. */
      buildings: z.array(z.string()),
      building: z.string().nullable(),
      units: z.array(boardUnitSchema),
    }),
  }),
  request: defineCall({
    summary: "Ask to hold a unit for a named customer (the desk needs the consultant's countersign)",
    access: ['consultant', 'receptionist', 'assistant'],
    mutates: true,
    input: z
      .object({
        unitId: idSchema,
        customerName: personNameSchema,
        customerPhone: z.string().trim().min(1).max(20),
        /** The consultant the hold is for; the desk must name one and have them countersign. */
        consultantId: idSchema.optional(),
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: holdSchema,
  }),
  queue: defineCall({
    summary: "The managers' queue: requests waiting for approval",
    access: ['manager', 'deputy'],
    background: true,
    mutates: false,
    input: z.object({}).strict(),
    output: z.array(holdSchema),
  }),
  approve: defineCall({
    summary: 'Approve a pending request: the unit is held until the expiry',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object({ ...holdRef, minutes: minutesSchema.optional() }).strict(),
    output: holdSchema,
  }),
  reject: defineCall({
    summary: 'Reject a pending request with a reason',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object({ ...holdRef, reason: reasonSchema }).strict(),
    output: holdSchema,
  }),
  extend: defineCall({
    summary: 'Give a held unit more time',
    access: ['manager'],
    mutates: true,
    input: z.object({ ...holdRef, minutes: minutesSchema }).strict(),
    output: holdSchema,
  }),
  release: defineCall({
    summary: 'Release a held unit (the customer did not pay a deposit)',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object({ ...holdRef, reason: reasonSchema.optional() }).strict(),
    output: holdSchema,
  }),
  deposit: defineCall({
    summary: 'Register the deposit and receipt number in the sales-control register',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z
      .object({ ...holdRef, amountFen: fenSchema.min(1), receiptNo: z.string().trim().min(1).max(40) })
      .strict(),
    output: holdSchema,
  }),
  sign: defineCall({
    summary: 'Record that the reserved unit was signed',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object(holdRef).strict(),
    output: holdSchema,
  }),
  cancel: defineCall({
    summary: 'Cancel a reservation with the refund paid back',
    access: ['manager'],
    mutates: true,
    input: z.object({ ...holdRef, refundFen: fenSchema, reason: reasonSchema }).strict(),
    output: holdSchema,
  }),
  register: defineCall({
    summary: 'The sales-control register: every hold event (others see only their own holds)',
    access: 'signedIn',
    mutates: false,
    input: z
      .object({
        kind: z.enum(HOLD_EVENT_KINDS).optional(),
        unitId: idSchema.optional(),
        /** One business date's events (the day close's review of the day). */
        businessDate: businessDateSchema.optional(),
        /** The next page: events older than this one (the last line already shown). */
        beforeId: idSchema.optional(),
        /** A page a person reads; the day close's review asks for a whole day at once. */
        limit: z.number().int().min(1).max(2000).default(100),
      })
      .strict(),
    output: z.array(holdEventSchema),
  }),
  exportRegister: defineCall({
    summary: 'The register as an .xlsx file (phones masked)',
    access: ['manager', 'deputy'],
    mutates: false,
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  }),
  dueCount: defineCall({
    summary: 'How many held units are past their expiry',
    access: ['manager', 'deputy'],
    background: true,
    mutates: false,
    input: z.object({}).strict(),
    output: z.object({ due: z.number().int() }),
  }),
  expireDue: defineCall({
    summary: "Release every hold past its expiry, as done by the system (the app's timer)",
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object({}).strict(),
    output: z.object({ released: z.number().int() }),
  }),
};
