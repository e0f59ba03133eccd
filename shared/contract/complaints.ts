import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema, personNameSchema } from './common';
import { customerSchema } from './customers';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_DEADLINES,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_EVENT_KINDS,
  COMPLAINT_KINDS,
  COMPLAINT_STATES,
  COMPLAINT_TARGETS,
  COMPLAINT_URGENCIES,
  DEADLINE_STATUSES,
} from '../domain/vocab';

/**
 * Customer complaints 客户投诉: the card 客户投诉记录卡 (000:161), its handling, its deadlines
 * (first reply 000:521, handled 000:57, closed at the latest 000:183), the revisit (000:525) and
 * the month's statistics (000:185). A complaint's state is derived from its events.
 */

/** Who files: the desk. */
const DESK = ['receptionist', 'assistant', 'deputy', 'manager'] as const;
/** Who assigns, reopens, and reads the month's figures: the manager and the deputy. */
const SUPERVISORS = ['manager', 'deputy'] as const;
/**
 * Who may be a handler, and so reads complaints: everyone but the administrator. A consultant or
 * cashier reads only the complaints handed to them; the desk and the managers read all.
 */
const STAFF = ['receptionist', 'assistant', 'consultant', 'deputy', 'manager', 'cashier'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
/** A month as YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** The customer on the card: a customer record picked from a search, or a person (name, phone). */
export const complaintCustomerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), customerId: idSchema }).strict(),
  z
    .object({
      kind: z.literal('person'),
      name: personNameSchema,
      /** Linked to the customer this number belongs to, when there is one. */
      phone: z.string().trim().max(30).optional(),
    })
    .strict(),
]);

/** About whom: a staff member, a department, or the product itself (the flat, the building). */
export const complaintAboutInput = z.discriminatedUnion('target', [
  z.object({ target: z.literal('staff'), userId: idSchema }).strict(),
  z.object({ target: z.literal('department'), department: z.enum(COMPLAINT_DEPARTMENTS) }).strict(),
  z.object({ target: z.literal('product') }).strict(),
]);

export const complaintDeadlineSchema = z.object({
  deadline: z.enum(COMPLAINT_DEADLINES),
  /** Null for the revisit until the complaint is closed. */
  due: instantSchema.nullable(),
  status: z.enum(DEADLINE_STATUSES),
  /** When what the deadline asks for was done (the first reply, the close, the revisit). */
  doneAt: instantSchema.nullable(),
});
export type ComplaintDeadlineView = z.infer<typeof complaintDeadlineSchema>;

export const complaintEventSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  kind: z.enum(COMPLAINT_EVENT_KINDS),
  /** When it happened (a reply made by phone at 10:40 and written down at 10:55 says 10:40). */
  at: instantSchema,
  recordedAt: instantSchema,
  byName: z.string(),
  note: z.string().nullable(),
  handlerName: z.string().nullable(),
  replyDue: instantSchema.nullable(),
  handleDue: instantSchema.nullable(),
  upheld: z.boolean().nullable(),
  accepted: z.boolean().nullable(),
  satisfied: z.boolean().nullable(),
});
export type ComplaintEventView = z.infer<typeof complaintEventSchema>;

/** A complaint as a line of a list. The customer's phone is masked as everywhere (000:613). */
export const complaintSummarySchema = z.object({
  id: idSchema,
  /** TS-2026-0001 */
  no: z.string(),
  receivedAt: instantSchema,
  channel: z.enum(COMPLAINT_CHANNELS),
  customerId: idSchema,
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  kind: z.enum(COMPLAINT_KINDS),
  target: z.enum(COMPLAINT_TARGETS),
  subjectName: z.string().nullable(),
  department: z.enum(COMPLAINT_DEPARTMENTS).nullable(),
  urgency: z.enum(COMPLAINT_URGENCIES),
  state: z.enum(COMPLAINT_STATES),
  handlerId: idSchema.nullable(),
  handlerName: z.string().nullable(),
  /** The next deadline not yet met, or null when none is left. */
  nextDue: z.object({ deadline: z.enum(COMPLAINT_DEADLINES), due: instantSchema }).nullable(),
  /** The deadlines passed without what they ask for. */
  overdue: z.array(z.enum(COMPLAINT_DEADLINES)),
});
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintSchema = complaintSummarySchema.extend({
  receivedByName: z.string(),
  customer: customerSchema,
  subjectUserId: idSchema.nullable(),
  subjectNote: z.string().nullable(),
  description: z.string(),
  request: z.string(),
  filedAt: instantSchema,
  businessDate: businessDateSchema,
  filedByName: z.string(),
  deadlines: z.array(complaintDeadlineSchema),
  events: z.array(complaintEventSchema),
  /** What the person asking may do with it now (the service refuses the rest anyway). */
  may: z.object({
    assign: z.boolean(),
    handle: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    revisit: z.boolean(),
  }),
});
export type ComplaintView = z.infer<typeof complaintSchema>;

export const overdueComplaintSchema = z.object({
  complaintId: idSchema,
  no: z.string(),
  deadline: z.enum(COMPLAINT_DEADLINES),
  due: instantSchema,
  state: z.enum(COMPLAINT_STATES),
  handlerName: z.string().nullable(),
});
export type OverdueComplaint = z.infer<typeof overdueComplaintSchema>;

const count = z.number().int();
export const monthReportSchema = z.object({
  month: monthSchema,
  /** The month runs from local midnight of its first day to local midnight of the next month's. */
  from: instantSchema,
  to: instantSchema,
  /** Figures stand as at this instant: the month's end, or now for the month under way. */
  asOf: instantSchema,
  received: count,
  /** Complaints closed in the month (each once, even if closed again after a reopen). */
  closed: count,
  /** Revisits made in the month, and how many found the customer satisfied. */
  revisited: count,
  satisfied: count,
  /** Complaints received by the month's end not closed then (new or in hand), and closed but not revisited. */
  openAtEnd: count,
  awaitingRevisitAtEnd: count,
  byKind: z.array(z.object({ kind: z.enum(COMPLAINT_KINDS), count })),
  byChannel: z.array(z.object({ channel: z.enum(COMPLAINT_CHANNELS), count })),
  byUrgency: z.array(z.object({ urgency: z.enum(COMPLAINT_URGENCIES), count })),
  /** One line per person, department, and the product, as complained about in the month. */
  byTarget: z.array(
    z.object({
      target: z.enum(COMPLAINT_TARGETS),
      userId: idSchema.nullable(),
      name: z.string().nullable(),
      department: z.enum(COMPLAINT_DEPARTMENTS).nullable(),
      count,
    }),
  ),
  /**
   * Each deadline that fell due in the month (and by `asOf`): how many, how many were met on
   * time, and the rate (null when none fell due).
   */
  deadlines: z.array(
    z.object({
      deadline: z.enum(COMPLAINT_DEADLINES),
      due: count,
      met: count,
      missed: count,
      rate: z.number().nullable(),
    }),
  ),
  /** The complaints received in the month, oldest first, phones masked. */
  complaints: z.array(complaintSummarySchema),
});
export type MonthReport = z.infer<typeof monthReportSchema>;

/**
 * A file made in the main process, as base64: the shape of the other exports' files
 * (exports.ts), written here so that the day close's contract may use this one's schemas.
 */
const fileSchema = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

const ref = { complaintId: idSchema };
/** When it happened, if not now: no earlier than the complaint's previous step, no later than now. */
const when = { at: instantSchema.optional() };

export const complaints = {
  file: defineCall({
    summary:
      'File a complaint card: received when, by whom and how; the customer; what, about whom, asked for',
    access: DESK,
    mutates: true,
    input: z
      .object({
        receivedAt: instantSchema.optional(),
        receivedById: idSchema.optional(),
        channel: z.enum(COMPLAINT_CHANNELS),
        customer: complaintCustomerInput,
        kind: z.enum(COMPLAINT_KINDS),
        about: complaintAboutInput,
        /** Which flat, which desk, what exactly (optional). */
        subjectNote: text(100).optional(),
        description: text(1000),
        request: text(500),
        urgency: z.enum(COMPLAINT_URGENCIES).default('normal'),
      })
      .strict(),
    output: complaintSchema,
  }),
  assign: defineCall({
    summary: 'Assign a handler (never the person complained about) and the due times',
    access: SUPERVISORS,
    mutates: true,
    input: z
      .object({
        ...ref,
        handlerId: idSchema,
        replyDue: instantSchema.optional(),
        handleDue: instantSchema.optional(),
        note: text(1000).optional(),
      })
      .strict(),
    output: complaintSchema,
  }),
  record: defineCall({
    summary: "The handler records a reply, progress, the result or the customer's response",
    access: STAFF,
    mutates: true,
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('replied'), ...ref, ...when, note: text(1000) }).strict(),
      z.object({ kind: z.literal('progress'), ...ref, ...when, note: text(1000) }).strict(),
      z
        .object({ kind: z.literal('result'), ...ref, ...when, note: text(1000), upheld: z.boolean() })
        .strict(),
      z
        .object({ kind: z.literal('response'), ...ref, ...when, note: text(1000), accepted: z.boolean() })
        .strict(),
    ]),
    output: complaintSchema,
  }),
  close: defineCall({
    summary: 'Close a complaint that has its result (the handler, the manager or the deputy)',
    access: STAFF,
    mutates: true,
    input: z.object({ ...ref, ...when, note: text(1000).optional() }).strict(),
    output: complaintSchema,
  }),
  reopen: defineCall({
    summary: 'Reopen a closed complaint, with the reason; its history stays',
    access: SUPERVISORS,
    mutates: true,
    input: z.object({ ...ref, reason: text(1000) }).strict(),
    output: complaintSchema,
  }),
  revisit: defineCall({
    summary: 'The revisit 回访 of a closed complaint: who, when, satisfied or not, notes',
    access: DESK,
    mutates: true,
    input: z.object({ ...ref, ...when, satisfied: z.boolean(), note: text(1000).optional() }).strict(),
    output: complaintSchema,
  }),
  get: defineCall({
    summary: 'One complaint: the card, its deadlines and its history',
    access: STAFF,
    mutates: false,
    kept: true,
    input: z.object(ref).strict(),
    output: complaintSchema,
  }),
  list: defineCall({
    summary: 'Complaints, newest first: active ones, overdue ones, or all; mine; one customer’s',
    access: STAFF,
    mutates: false,
    kept: true,
    input: z
      .object({
        view: z.enum(['active', 'overdue', 'all']).default('active'),
        mine: z.boolean().default(false),
        customerId: idSchema.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        beforeId: idSchema.optional(),
      })
      .strict(),
    output: z.array(complaintSummarySchema),
  }),
  overdue: defineCall({
    summary: "Every deadline passed without what it asks for, oldest first (the manager's home)",
    access: SUPERVISORS,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(overdueComplaintSchema),
  }),
  checkDeadlines: defineCall({
    summary: 'Post the notices ahead of and at each complaint deadline, each once',
    access: SUPERVISORS,
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ posted: count }),
  }),
  monthReport: defineCall({
    summary:
      'The month’s complaint figures 投诉月报: by kind, channel, target; deadlines met; open at the end',
    access: SUPERVISORS,
    mutates: false,
    kept: true,
    input: z.object({ month: monthSchema }).strict(),
    output: monthReportSchema,
  }),
  monthXlsx: defineCall({
    summary: 'The month’s complaint report 投诉月报 as .xlsx (base64), phones masked',
    access: SUPERVISORS,
    mutates: false,
    input: z.object({ month: monthSchema }).strict(),
    output: fileSchema,
  }),
};
