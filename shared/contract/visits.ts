import { z } from 'zod';
import { defineCall } from './define';
import {
  businessDateSchema,
  countersignSchema,
  idSchema,
  instantSchema,
  messageParamsSchema,
} from './common';
import { customerSchema } from './customers';
import { callSchema } from './calls';
import { rotationSchema } from './rotation';
import { CHOSEN_BY, SLIP_PARTS, VISIT_OUTCOMES } from '../domain/vocab';

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { CHOSEN_BY, SLIP_PARTS, VISIT_OUTCOMES };
/**
 * The visitor list's page: a busy day is 150 parties, each a row of buttons and pickers. Each
 * walk-in heads the first page and moves every row below it, which the browser then lays out and
 * paints again: a page of 20 (a screen and a half at 1366×768) keeps F2 under its 100 ms budget
 * on a full day, where a page of 50 took it past that at p95 on the desk's PC.
 */
export const VISITS_PAGE = 20;

export const visitSchema = z.object({
  id: idSchema,
  customer: customerSchema,
  arrivedAt: instantSchema,
  businessDate: businessDateSchema,
  partySize: z.number().int(),
  channel: z.string(),
  returning: z.boolean(),
  consultantId: idSchema,
  consultantName: z.string(),
  chosenBy: z.enum(CHOSEN_BY),
  intentLayout: z.string().nullable(),
  intentAreaSqm: z.number().int().nullable(),
  intentBudgetFen: z.number().int().nullable(),
  /** The current view, derived from the visit and its later entries. */
  outcome: z.enum(VISIT_OUTCOMES).nullable(),
  leftAt: instantSchema.nullable(),
  notes: z.array(z.string()),
  makeupGranted: z.boolean(),
  recordedBy: z.string(),
  /** The slip as its consultant completed it (the latest entry), or null until they do. */
  slip: z
    .object({
      channel: z.string(),
      intentLayout: z.string().nullable(),
      intentAreaSqm: z.number().int().nullable(),
      intentBudgetFen: z.number().int().nullable(),
      at: instantSchema,
      /** Changed since it was first completed (each change with its reason). */
      corrected: z.boolean(),
    })
    .nullable(),
  /** What the slip still lacks (000:691): empty once complete. */
  slipMissing: z.array(z.enum(SLIP_PARTS)),
});
export type VisitView = z.infer<typeof visitSchema>;

/** A visit as the close and the manager's home list it: who, when, and what its slip lacks. */
export const visitLineSchema = z.object({
  visitId: idSchema,
  businessDate: businessDateSchema,
  arrivedAt: instantSchema,
  customerName: z.string(),
  partySize: z.number().int(),
  consultantId: idSchema,
  consultantName: z.string(),
  slipMissing: z.array(z.enum(SLIP_PARTS)),
});
export type VisitLine = z.infer<typeof visitLineSchema>;

/** Incomplete slips, per consultant (most first). */
export const incompleteSlipsSchema = z.object({
  total: z.number().int(),
  byConsultant: z.array(
    z.object({
      consultantId: idSchema,
      name: z.string(),
      count: z.number().int(),
      visits: z.array(visitLineSchema),
    }),
  ),
});
export type IncompleteSlips = z.infer<typeof incompleteSlipsSchema>;

export const proposalSchema = z.object({
  phoneValid: z.boolean(),
  customer: customerSchema.nullable(),
  returning: z.boolean(),
  /** Who receives, and by which rule; null when nobody can (no rotation set, everyone away). */
  consultant: z.object({ id: idSchema, name: z.string() }).nullable(),
  chosenBy: z.enum(CHOSEN_BY).nullable(),
  /** The owner is known but not on today's rotation: the customer goes by rotation. */
  ownerOffDuty: z.boolean(),
  /** A consultant named by the customer is not the owner: recording raises a dispute. */
  disputes: z.boolean(),
  /**
   * The phone matches a customer of another consultant, but the visitor named nobody: by the
   * rulebook (setting `ownership`) they are received as new, and recording asks the manager
   * whose customer they are.
   */
  ownershipQuestion: z.boolean(),
  /** Why nobody can receive (the error the desk would get on recording now). */
  refusal: z.object({ code: z.string(), params: messageParamsSchema }).nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;
/** Who sees the guided close (the same as dayclose.prepare). */
const CLOSE = ['receptionist', 'manager', 'deputy', 'cashier', 'admin'] as const;
/** A visit's intent as the desk or the consultant writes it on the slip. */
const intent = {
  intentLayout: text(40).optional(),
  intentAreaSqm: z.number().int().min(1).max(10000).optional(),
  intentBudgetFen: z.number().int().positive().optional(),
};

export const visits = {
  propose: defineCall({
    summary: 'Who would receive this visitor now (owner, named consultant, or whose turn it is)',
    access: DESK,
    mutates: false,
    kept: true,
    input: z
      .object({ phone: z.string().trim().max(30).optional(), namedConsultantId: idSchema.optional() })
      .strict(),
    output: proposalSchema,
  }),
  record: defineCall({
    summary: 'Log a visit (来访登记) and hand the visitor to a consultant by the reception rules',
    access: DESK,
    mutates: true,
    input: z
      .object({
        customerName: text(40),
        phone: z.string().trim().max(30).optional(),
        partySize: z.number().int().default(1),
        channel: text(20),
        arrivedAt: instantSchema.optional(),
        /** The customer named a consultant they dealt with before. */
        namedConsultantId: idSchema.optional(),
        /** The consultant the desk was shown; refused if the queue moved meanwhile. */
        expectedConsultantId: idSchema.optional(),
        ...intent,
        notes: text(500).optional(),
      })
      .strict(),
    output: z.object({ visit: visitSchema, disputeId: idSchema.nullable(), rotation: rotationSchema }),
  }),
  leave: defineCall({
    summary: 'Record when a visitor left (a correction needs a reason)',
    access: [...DESK, 'consultant'],
    mutates: true,
    input: z
      .object({ visitId: idSchema, leftAt: instantSchema.optional(), reason: text(200).optional() })
      .strict(),
    output: visitSchema,
  }),
  markLeft: defineCall({
    summary: 'Several visitors left (the close offers it for those with no leaving time): one step',
    access: DESK,
    mutates: true,
    input: z
      .object({ visitIds: z.array(idSchema).min(1).max(200), leftAt: instantSchema.optional() })
      .strict(),
    output: z.object({ visits: z.array(visitSchema) }),
  }),
  completeSlip: defineCall({
    summary:
      'The receiving consultant completes the visitor slip (来人条): channel as the customer tells it, intent, outcome, leaving time; a change needs a reason',
    access: [...DESK, 'consultant'],
    mutates: true,
    input: z
      .object({
        visitId: idSchema,
        channel: text(20),
        ...intent,
        outcome: z.enum(VISIT_OUTCOMES),
        /** When the visitor left; by default the time already recorded, else now. */
        leftAt: instantSchema.optional(),
        reason: text(200).optional(),
        /** The receiving consultant's PIN, when the slip is completed at someone else's session. */
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: visitSchema,
  }),
  closeReview: defineCall({
    summary: "The close's look at the day's visitors: who has no leaving time, whose slips are incomplete",
    access: CLOSE,
    mutates: false,
    kept: true,
    input: z.object({ businessDate: businessDateSchema }).strict(),
    output: z.object({
      businessDate: businessDateSchema,
      inOffice: z.array(visitLineSchema),
      incompleteSlips: incompleteSlipsSchema,
    }),
  }),
  incompleteSlips: defineCall({
    summary:
      'Visitor slips not yet completed over some business dates, per consultant (consultants: their own)',
    access: [...DESK, 'consultant'],
    mutates: false,
    kept: true,
    input: z.object({ from: businessDateSchema.optional(), to: businessDateSchema.optional() }).strict(),
    output: incompleteSlipsSchema.extend({ from: businessDateSchema, to: businessDateSchema }),
  }),
  amend: defineCall({
    summary: "Append the outcome or a note to a visit's slip (来人条); a changed outcome needs a reason",
    access: [...DESK, 'consultant'],
    mutates: true,
    input: z
      .object({
        visitId: idSchema,
        outcome: z.enum(VISIT_OUTCOMES).optional(),
        note: text(500).optional(),
        reason: text(200).optional(),
      })
      .strict(),
    output: visitSchema,
  }),
  day: defineCall({
    summary:
      "A day's visitors, the latest arrival first, a page at a time (who is still in the office), and the visits invited for that day",
    access: [...DESK, 'consultant'],
    mutates: false,
    kept: true,
    input: z
      .object({
        date: businessDateSchema.optional(),
        /** Only the parties still in the office (no 'left' entry). */
        inOfficeOnly: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(VISITS_PAGE),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({
      date: businessDateSchema,
      visits: z.array(visitSchema),
      /** How many visits the filter holds, over all pages. */
      total: z.number().int(),
      inOffice: z.number().int(),
      invited: z.array(callSchema),
    }),
  }),
  analysis: defineCall({
    summary: '来人来电分析: new vs returning visits, calls, by channel, consultant and hour',
    access: DESK,
    mutates: false,
    kept: true,
    input: z.object({ date: businessDateSchema.optional(), period: z.enum(['day', 'week']) }).strict(),
    output: z.object({
      from: businessDateSchema,
      to: businessDateSchema,
      visits: z.object({ total: z.number(), new: z.number(), returning: z.number(), people: z.number() }),
      calls: z.object({ total: z.number(), new: z.number(), returning: z.number(), invited: z.number() }),
      byDay: z.array(
        z.object({ date: z.string(), new: z.number(), returning: z.number(), calls: z.number() }),
      ),
      byChannel: z.array(z.object({ channel: z.string(), visits: z.number(), calls: z.number() })),
      byConsultant: z.array(
        z.object({ consultantId: idSchema, name: z.string(), new: z.number(), returning: z.number() }),
      ),
      byHour: z.array(z.object({ hour: z.number(), visits: z.number(), calls: z.number() })),
      outcomes: z.array(z.object({ outcome: z.string(), count: z.number() })),
      /**
       * Visits → hold requests → approvals → deposits over the same dates (SPEC §3); null to
       * those who may not read the 销控 (000:721 rule 38).
       */
      funnel: z
        .object({
          visits: z.number(),
          holdsRequested: z.number(),
          holdsApproved: z.number(),
          deposits: z.number(),
        })
        .nullable(),
    }),
  }),
};
