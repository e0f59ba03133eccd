import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema } from './common';
import { customerSchema } from './customers';
import { callSchema } from './calls';
import { rotationSchema } from './rotation';
import { CHOSEN_BY, VISIT_OUTCOMES } from '../domain/vocab';

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { CHOSEN_BY, VISIT_OUTCOMES };
/** The visitor list's page: a busy day is 150 parties, each a row of buttons and pickers. */
export const VISITS_PAGE = 50;

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
});
export type VisitView = z.infer<typeof visitSchema>;

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
  /** Why nobody can receive (the error the desk would get on recording now). */
  refusal: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;

export const visits = {
  propose: defineCall({
    summary: 'Who would receive this visitor now (owner, named consultant, or whose turn it is)',
    access: DESK,
    mutates: false,
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
        intentLayout: text(40).optional(),
        intentAreaSqm: z.number().int().min(1).max(10000).optional(),
        intentBudgetFen: z.number().int().positive().optional(),
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
