import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, instantSchema, personNameSchema } from './common';
import { MESSAGE_VIAS } from '../domain/vocab';

/**
 * 留言 (000:683): a call or a visitor for a colleague who is out becomes a message — for whom,
 * who, their number, what about, call back by when. The person is notified and marks it done
 * (called back, when, what came of it); one past its time is flagged to them once, and listed at
 * the handover and in the close's review until it is done.
 */
const DESK = ['receptionist', 'assistant', 'manager', 'deputy'] as const;
/** Everyone who works at the office: the administrator keeps the app, not messages. */
const STAFF = ['receptionist', 'assistant', 'consultant', 'deputy', 'manager', 'cashier'] as const;

export const messageSchema = z.object({
  id: idSchema,
  forUserId: idSchema,
  forName: z.string(),
  via: z.enum(MESSAGE_VIAS),
  callerName: z.string(),
  /** Full to the person it is for, the one who took it and the managers; masked to anyone else. */
  callerPhone: z.string().nullable(),
  about: z.string(),
  callBackBy: instantSchema,
  takenBy: z.string(),
  at: instantSchema,
  businessDate: z.string(),
  /** Not done and past its call-back time. */
  overdue: z.boolean(),
  done: z
    .object({ outcome: z.string(), calledBackAt: instantSchema, by: z.string(), at: instantSchema })
    .nullable(),
});
export type MessageView = z.infer<typeof messageSchema>;

export const messages = {
  leave: defineCall({
    summary: 'Take a message for a colleague who is out: who, number, what about, call back by when',
    access: DESK,
    mutates: true,
    input: z
      .object({
        forUserId: idSchema,
        via: z.enum(MESSAGE_VIAS),
        callerName: personNameSchema,
        phone: z.string().trim().min(1).max(30).optional(),
        about: z.string().trim().min(1).max(200),
        callBackBy: instantSchema,
      })
      .strict(),
    output: messageSchema,
  }),
  mine: defineCall({
    summary: 'Messages left for me: open ones first, then the last ones done',
    access: STAFF,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(messageSchema),
  }),
  open: defineCall({
    summary: 'Every message not yet done, overdue ones first (the desk, handover and close review)',
    access: [...DESK, 'admin'],
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(messageSchema),
  }),
  markDone: defineCall({
    summary: 'The person a message is for (or the manager) marks it called back, with what came of it',
    access: STAFF,
    mutates: true,
    input: z
      .object({
        messageId: idSchema,
        outcome: z.string().trim().min(1).max(200),
        calledBackAt: instantSchema.optional(),
      })
      .strict(),
    output: messageSchema,
  }),
  flagOverdue: defineCall({
    summary: 'Tell each person once about their messages past the call-back time (the app’s timer)',
    access: ['manager', 'deputy'],
    background: true,
    mutates: true,
    input: z.object({}).strict(),
    output: z.object({ flagged: z.number().int() }),
  }),
};
