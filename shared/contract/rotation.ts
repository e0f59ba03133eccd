import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, idSchema, instantSchema } from './common';
import { ROTATION_EVENT_KINDS } from '../domain/vocab';

const person = z.object({ id: idSchema, name: z.string() });

export const rotationSchema = z.object({
  date: businessDateSchema,
  /** False until someone sets the day's order (or the evening carries a closed day's on). */
  set: z.boolean(),
  /**
   * After the evening's close: the closed date whose queue the desk goes on with, until someone
   * sets this date's order.
   */
  carriedFrom: businessDateSchema.nullable(),
  queue: z.array(person.extend({ away: z.boolean() })),
  next: person.nullable(),
  /** Every event of the day with the queue after it, so the order can be explained. */
  events: z.array(
    z.object({
      id: idSchema,
      at: instantSchema,
      kind: z.enum(ROTATION_EVENT_KINDS),
      consultant: z.string().nullable(),
      actor: z.string(),
      visitId: idSchema.nullable(),
      reason: z.string().nullable(),
      queueAfter: z.array(z.string()),
    }),
  ),
  /** The last earlier day's queue as it ended: the start the desk copies each morning. */
  suggestedOrder: z.array(person),
  /** Every active consultant, to build the order from. */
  consultants: z.array(person),
});
export type RotationView = z.infer<typeof rotationSchema>;

const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;

export const rotation = {
  today: defineCall({
    summary: "The day's rotation: the queue, whose turn it is, and the events that made it",
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z.object({ date: businessDateSchema.optional() }).strict(),
    output: rotationSchema,
  }),
  setOrder: defineCall({
    summary: "Set the day's on-duty consultants in order (轮排)",
    access: DESK,
    mutates: true,
    input: z.object({ consultantIds: z.array(idSchema).min(1).max(50) }).strict(),
    output: rotationSchema,
  }),
  markAway: defineCall({
    summary: 'Mark a consultant away: skipped, keeps their place',
    access: DESK,
    mutates: true,
    input: z.object({ consultantId: idSchema }).strict(),
    output: rotationSchema,
  }),
  markBack: defineCall({
    summary: 'Mark a consultant back from away',
    access: DESK,
    mutates: true,
    input: z.object({ consultantId: idSchema }).strict(),
    output: rotationSchema,
  }),
  grantMakeup: defineCall({
    summary: 'Grant a make-up turn (补客户) for a visit confirmed as market research: back to the head',
    access: ['manager'],
    mutates: true,
    input: z.object({ visitId: idSchema, reason: z.string().trim().min(2).max(200) }).strict(),
    output: rotationSchema,
  }),
};
