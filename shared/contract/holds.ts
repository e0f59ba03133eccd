import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema, personNameSchema } from './common';
import { holdAccessCalls } from './holdAccess';
import { holdMoneyCalls } from './holdMoney';
import { boardUnitSchema, holdEventSchema, holdReasonSchema, holdSchema } from './holdViews';
import { HOLD_EVENT_KINDS, HOLD_STATES, UNIT_STATUSES } from '../domain/vocab';

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { HOLD_EVENT_KINDS, HOLD_STATES, UNIT_STATUSES };
export type { HoldEventKind, HoldState, UnitStatus } from '../domain/vocab';
export * from './holdViews';

const minutesSchema = z.number().int().min(1).max(1440);
const holdRef = { holdId: idSchema };

/** The people who ask for holds: consultants, and the desk on a consultant's behalf. */
const SELLERS = ['consultant', 'receptionist', 'assistant'] as const;

/** Register lines read at a time: a screenful a person reads; older ones come on asking. */
export const HOLD_REGISTER_PAGE = 50;

/** Unit holds 销控 (SPEC §4): requested, decided, held for a time, reserved by a deposit, signed. */
const holdCalls = {
  board: defineCall({
    summary:
      'The sales-control board of one building 楼栋 (the first when none is named), for those who may read it',
    access: 'signedIn',
    // refreshed by the renderer every few seconds: not a person acting, so no idle-lock reset
    background: true,
    mutates: false,
    kept: true,
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
    access: SELLERS,
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
  mine: defineCall({
    summary: "The signed-in person's own holds (theirs, or asked for at the desk), newest first",
    access: SELLERS,
    background: true,
    mutates: false,
    kept: true,
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.array(holdSchema),
  }),
  report: defineCall({
    summary:
      'Report that the customer will not pay the deposit (不定), with the reason: the managers are told',
    access: SELLERS,
    mutates: true,
    input: z.object({ ...holdRef, reason: holdReasonSchema }).strict(),
    output: holdSchema,
  }),
  queue: defineCall({
    summary: "The managers' queue: requests waiting for approval",
    access: ['manager', 'deputy'],
    background: true,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(holdSchema),
  }),
  reports: defineCall({
    summary: 'Holds whose consultant reported 不定, waiting for the manager to release them',
    access: ['manager', 'deputy'],
    background: true,
    mutates: false,
    kept: true,
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
    input: z.object({ ...holdRef, reason: holdReasonSchema }).strict(),
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
    summary: 'Release a held unit (the customer did not pay a deposit; a report 不定 gives the reason)',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object({ ...holdRef, reason: holdReasonSchema.optional() }).strict(),
    output: holdSchema,
  }),
  sign: defineCall({
    summary: 'Record that the reserved unit was signed',
    access: ['manager', 'deputy'],
    mutates: true,
    input: z.object(holdRef).strict(),
    output: holdSchema,
  }),
  register: defineCall({
    summary: 'The sales-control register: every hold event (others see only their own holds)',
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z
      .object({
        kind: z.enum(HOLD_EVENT_KINDS).optional(),
        unitId: idSchema.optional(),
        /** One business date's events (the day close's review of the day). */
        businessDate: businessDateSchema.optional(),
        /** The next page: events older than this one (the last line already shown). */
        beforeId: idSchema.optional(),
        /** A page a person reads; the day close's review asks for a whole day at once. */
        limit: z.number().int().min(1).max(2000).default(HOLD_REGISTER_PAGE),
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

export const holds = { ...holdCalls, ...holdAccessCalls, ...holdMoneyCalls };
