import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema } from './common';
import { HANDOVER_SECTIONS, KEY_COPY_STATES, MAIL_KINDS } from '../domain/vocab';

/**
 * Shift handover 交接班 / 前台交接日志 (SPEC §5). The outgoing person writes the handover (a
 * draft, saved as often as needed); the incoming person checks it, counts, and acknowledges with
 * their PIN; it is then locked and custody of the desk's keys and ticket cash passes.
 */

/** Who writes and acknowledges handovers; who reads the log. */
const DESK_ROLES = ['receptionist', 'assistant'] as const;
const LOG_ROLES = ['receptionist', 'assistant', 'manager', 'deputy', 'admin'] as const;

const taskTextSchema = z.string().trim().min(1).max(200);
const noteSchema = z.string().trim().min(1).max(200);
/** Counts are checked in the service so a negative one gets its own clear refusal. */
const countSchema = z.number().int().max(1_000_000);

export const shiftSchema = z.object({ name: z.string(), start: z.string(), end: z.string() });
export const shiftNowSchema = shiftSchema.extend({
  businessDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const taskSchema = z.object({
  id: idSchema,
  text: z.string(),
  handoverId: idSchema.nullable(),
  raisedBy: z.string(),
  raisedAt: z.string(),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
});
export type TaskView = z.infer<typeof taskSchema>;

/**
 * A figure the incoming person may not see yet: null while her blind count is still to be
 * entered (setting handoverCountBlind), so the API shows no more than the screen does.
 */
const withheld = z.number().int().nullable();

/** A desk item and its count (declared by the outgoing person; withheld during a blind count). */
export const itemLineSchema = z.object({ name: z.string(), count: withheld });

export const keyLineSchema = z.object({
  keyId: idSchema,
  tag: z.string(),
  name: z.string(),
  copyNo: z.number().int(),
  state: z.enum(KEY_COPY_STATES),
  holderName: z.string().nullable(),
  place: z.string(),
  /** The staff member holding it (a restricted one passes only with the manager's PIN, 000:721). */
  holderId: idSchema.nullable().default(null),
  restricted: z.boolean().default(false),
});
export type KeyLine = z.infer<typeof keyLineSchema>;

export const mailLineSchema = z.object({
  mailId: idSchema,
  recipient: z.string(),
  kind: z.enum(MAIL_KINDS),
  count: z.number().int(),
});

export const ticketLineSchema = z.object({ typeId: idSchema, name: z.string(), expected: z.number().int() });

/**
 * What the ledgers say the desk holds now: the form fills itself from this. For the incoming
 * person of a handover whose blind count is not entered yet, the figures are null.
 */
export const deskSnapshotSchema = z.object({
  openTasks: z.array(taskSchema),
  items: z.array(itemLineSchema),
  keys: z.array(keyLineSchema),
  mail: z.array(mailLineSchema),
  tickets: z.array(ticketLineSchema.extend({ expected: withheld })),
  /** The outgoing person's ticket cash in custody. */
  cashExpectedFen: withheld,
});
export type DeskSnapshot = z.infer<typeof deskSnapshotSchema>;

export const differenceSchema = z.object({
  section: z.enum(HANDOVER_SECTIONS),
  label: z.string(),
  expected: z.string(),
  counted: z.string(),
  note: z.string().nullable(),
});
export type DifferenceView = z.infer<typeof differenceSchema>;

/** A difference as the review shows it before the PIN: a ticket or cash variance needs its reason. */
export const reviewedDifferenceSchema = differenceSchema.extend({
  needsExplanation: z.boolean(),
  /** The ticket type of a `ticket` difference, whose explanation goes with that type's count. */
  typeId: idSchema.nullable(),
});
export type ReviewedDifference = z.infer<typeof reviewedDifferenceSchema>;

export const handoverSummarySchema = z.object({
  id: idSchema,
  businessDate: z.string(),
  shiftName: z.string(),
  fromId: idSchema,
  fromName: z.string(),
  toId: idSchema,
  toName: z.string(),
  startedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  differenceCount: z.number().int(),
});
export type HandoverSummary = z.infer<typeof handoverSummarySchema>;

export const ackSnapshotSchema = z.object({
  items: z.array(z.object({ name: z.string(), declared: z.number().int(), counted: z.number().int() })),
  keys: z.array(keyLineSchema.extend({ confirmed: z.boolean() })),
  mail: z.array(mailLineSchema.extend({ confirmed: z.boolean() })),
  tickets: z.array(ticketLineSchema.extend({ counted: z.number().int().nullable() })),
  cash: z.object({
    expectedFen: z.number().int(),
    countedFen: z.number().int(),
    passedFen: z.number().int(),
  }),
  openTasks: z.array(z.object({ id: idSchema, text: z.string() })),
  keysPassed: z.array(z.object({ tag: z.string(), copyNo: z.number().int() })),
  note: z.string().nullable(),
});
export type AckSnapshot = z.infer<typeof ackSnapshotSchema>;

export const handoverSchema = handoverSummarySchema.extend({
  items: z.array(itemLineSchema),
  notes: z.string(),
  /** How many times the incoming person's count was entered (reviewed) before signing. */
  countsEntered: z.number().int(),
  acknowledgement: ackSnapshotSchema.nullable(),
  differences: z.array(differenceSchema),
  /** Tasks raised on this handover (open or done since). */
  tasks: z.array(taskSchema),
});
export type HandoverView = z.infer<typeof handoverSchema>;

/**
 * What the incoming person counted and answered: every desk item and ticket type counted, every
 * key copy and waiting item answered — `confirmed: true` seen as the ledger says, `false` marked
 * missing. A line left out is refused (HANDOVER_UNCOUNTED / HANDOVER_UNCHECKED).
 */
const countsInput = {
  handoverId: idSchema,
  items: z.array(z.object({ name: z.string().trim().min(1).max(30), counted: countSchema }).strict()).max(40),
  keys: z.array(
    z.object({ keyId: idSchema, copyNo: z.number().int().min(1), confirmed: z.boolean() }).strict(),
  ),
  mail: z.array(z.object({ mailId: idSchema, confirmed: z.boolean() }).strict()),
  tickets: z.array(
    z.object({ typeId: idSchema, counted: countSchema, explanation: noteSchema.optional() }).strict(),
  ),
  cash: z.object({ countedFen: countSchema, explanation: noteSchema.optional() }).strict(),
};

const draftInput = {
  items: z.array(z.object({ name: z.string().trim().min(1).max(30), count: countSchema }).strict()).max(40),
  notes: z.string().trim().max(2000).default(''),
  newTasks: z.array(taskTextSchema).max(20).default([]),
};

export const handover = {
  desk: defineCall({
    summary: 'Which shift is on, who holds the desk, and the handover under way',
    access: LOG_ROLES,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({
      shifts: z.array(shiftSchema),
      current: shiftNowSchema.nullable(),
      /** The shift the signed-in person's handover is filed under: the one they are ending. */
      endingShift: shiftNowSchema.nullable(),
      holder: z.object({ id: idSchema, name: z.string() }).nullable(),
      pending: z.array(handoverSummarySchema),
    }),
  }),
  snapshot: defineCall({
    summary:
      "What the ledgers say the desk holds now (open tasks, items, keys, mail, tickets, a person's cash)",
    access: LOG_ROLES,
    mutates: false,
    kept: true,
    input: z.object({ fromId: idSchema.optional() }).strict(),
    output: deskSnapshotSchema,
  }),
  start: defineCall({
    summary: 'The outgoing person starts a handover to the incoming one (a draft until acknowledged)',
    access: DESK_ROLES,
    mutates: true,
    input: z
      .object({ toUserId: idSchema, shiftName: z.string().trim().min(1).max(20).optional(), ...draftInput })
      .strict(),
    output: handoverSchema,
  }),
  save: defineCall({
    summary: 'Save a new version of a handover draft (refused once acknowledged)',
    access: DESK_ROLES,
    mutates: true,
    input: z.object({ handoverId: idSchema, ...draftInput }).strict(),
    output: handoverSchema,
  }),
  review: defineCall({
    summary:
      'The incoming count is entered (and kept) and set against the ledgers: the differences, shown before the PIN',
    access: DESK_ROLES,
    // The count is recorded: with a blind count, the expected figures are shown only after it.
    mutates: true,
    input: z.object(countsInput).strict(),
    output: z.object({ differences: z.array(reviewedDifferenceSchema) }),
  }),
  acknowledge: defineCall({
    summary: 'The incoming person checks, counts and acknowledges with their PIN; custody passes',
    access: DESK_ROLES,
    mutates: true,
    input: z
      .object({
        ...countsInput,
        /** The incoming person's PIN, typed into the same dialog (or their own, if signed in). */
        countersign: countersignSchema,
        /** How many differences the review showed and the incoming person confirmed. */
        reviewedDifferences: z.number().int().min(0).max(10_000),
        /**
         * The differences as the review showed them (section, label, expected, counted): when
         * given, they must be the ones found now, not only as many (the form sends them).
         */
        reviewed: z
          .array(
            z
              .object({
                section: z.enum(HANDOVER_SECTIONS),
                label: z.string(),
                expected: z.string(),
                counted: z.string(),
              })
              .strict(),
          )
          .max(10_000)
          .optional(),
        /** A manager's PIN, when a restricted key passes with the desk (000:721). */
        restrictedCountersign: countersignSchema.optional(),
        note: noteSchema.optional(),
      })
      .strict(),
    output: handoverSchema,
  }),
  get: defineCall({
    summary: 'One handover, as written and as acknowledged (for reading and printing)',
    access: LOG_ROLES,
    mutates: false,
    kept: true,
    input: z.object({ handoverId: idSchema }).strict(),
    output: handoverSchema,
  }),
  log: defineCall({
    summary: '前台交接日志: handovers newest first, filtered by dates, person, differences',
    access: LOG_ROLES,
    mutates: false,
    kept: true,
    input: z
      .object({
        from: businessDateSchema.optional(),
        to: businessDateSchema.optional(),
        personId: idSchema.optional(),
        withDifferences: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    output: z.array(handoverSummarySchema),
  }),
  tasks: defineCall({
    summary: 'Handover tasks: open ones (carried forward until done), or all',
    access: LOG_ROLES,
    mutates: false,
    kept: true,
    input: z.object({ includeDone: z.boolean().default(false) }).strict(),
    output: z.array(taskSchema),
  }),
  addTask: defineCall({
    summary: 'Add an open task to hand over (未完成工作)',
    access: DESK_ROLES,
    mutates: true,
    input: z.object({ text: taskTextSchema, handoverId: idSchema.optional() }).strict(),
    output: taskSchema,
  }),
  completeTask: defineCall({
    summary: 'Mark an open task done (who and when are recorded)',
    access: [...DESK_ROLES, 'manager'],
    mutates: true,
    input: z.object({ taskId: idSchema, note: noteSchema.optional() }).strict(),
    output: taskSchema,
  }),
  checkMissed: defineCall({
    summary: 'Warn the manager once for each shift that ended without a handover written',
    access: LOG_ROLES,
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ posted: z.number().int() }),
  }),
};
