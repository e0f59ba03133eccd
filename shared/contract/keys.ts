import { z } from 'zod';
import { defineCall } from './define';
import {
  businessDateSchema,
  countersignSchema,
  idSchema,
  instantSchema,
  okOutput,
  personNameSchema,
} from './common';
import { KEY_COPY_STATES, KEY_KINDS, KEY_MOVEMENT_KINDS } from '../domain/vocab';

/** Front-desk keys (SPEC §7). A copy's state and holder are derived from its movements. */
export { KEY_COPY_STATES, KEY_KINDS, KEY_MOVEMENT_KINDS };

/** Who may maintain the register; who works the key board; who reports a key lost. */
const REGISTER_ROLES = ['admin', 'manager'] as const;
const DESK_ROLES = ['receptionist', 'assistant', 'manager', 'deputy'] as const;
const BOARD_ROLES = [...DESK_ROLES, 'admin'] as const;

/** Typed on a label tied to the key; compared without case or surrounding blanks. */
export const keyTagSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .transform((t) => t.toUpperCase());
const placeSchema = z.string().trim().min(1).max(60);
const textSchema = (max: number) => z.string().trim().min(1).max(max);
const copyNoSchema = z.number().int().min(1).max(20);

export const keyHolderInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), userId: idSchema }).strict(),
  z
    .object({ kind: z.literal('outside'), name: personNameSchema, phone: z.string().trim().min(3).max(30) })
    .strict(),
]);

export const keyHolderSchema = z.object({
  userId: idSchema.nullable(),
  name: z.string(),
  /** Outside people only; masked for everyone but managers. */
  phone: z.string().nullable(),
});

export const keyCopySchema = z.object({
  copyNo: z.number().int(),
  state: z.enum(KEY_COPY_STATES),
  holder: keyHolderSchema.nullable(),
  /** When the copy came to where it is (its latest movement); null if it never moved. */
  since: z.string().nullable(),
  dueBack: z.string().nullable(),
  purpose: z.string().nullable(),
  overdue: z.boolean(),
  /** The latest movement of the copy, to which an overnight note refers. */
  movementId: idSchema.nullable(),
});

export const keySchema = z.object({
  id: idSchema,
  tag: z.string(),
  name: z.string(),
  kind: z.enum(KEY_KINDS),
  homePlace: z.string(),
  nightPlace: z.string().nullable(),
  copies: z.number().int(),
  restricted: z.boolean(),
  retired: z.boolean(),
  copyStates: z.array(keyCopySchema),
});
export type KeyView = z.infer<typeof keySchema>;
export type KeyCopyView = z.infer<typeof keyCopySchema>;

export const keyMovementSchema = z.object({
  id: idSchema,
  at: z.string(),
  businessDate: z.string(),
  keyId: idSchema,
  tag: z.string(),
  keyName: z.string(),
  copyNo: z.number().int(),
  kind: z.enum(KEY_MOVEMENT_KINDS),
  holder: keyHolderSchema.nullable(),
  byName: z.string(),
  countersignedBy: z.string().nullable(),
  purpose: z.string().nullable(),
  dueBack: z.string().nullable(),
  reason: z.string().nullable(),
});
export type KeyMovementView = z.infer<typeof keyMovementSchema>;

const registerFields = {
  name: textSchema(60),
  kind: z.enum(KEY_KINDS),
  homePlace: placeSchema,
  nightPlace: placeSchema.nullable().default(null),
  copies: copyNoSchema,
  restricted: z.boolean(),
};

const copyTarget = { tag: keyTagSchema, copyNo: copyNoSchema.optional() };

export const movementFilterSchema = z
  .object({
    tag: keyTagSchema.optional(),
    kind: z.enum(KEY_MOVEMENT_KINDS).optional(),
    from: businessDateSchema.optional(),
    to: businessDateSchema.optional(),
    /** Matches the holder's or the acting person's name. */
    person: z.string().trim().min(1).max(40).optional(),
    limit: z.number().int().min(1).max(5000).default(200),
    beforeId: idSchema.optional(),
  })
  .strict();

export const dayCheckItemSchema = z.object({
  keyId: idSchema,
  tag: z.string(),
  name: z.string(),
  copyNo: z.number().int(),
  state: z.enum(KEY_COPY_STATES),
  /** Where the copy spends the night when home: the night place if set, else its home. */
  place: z.string(),
  holder: keyHolderSchema.nullable(),
  since: z.string().nullable(),
  movementId: idSchema.nullable(),
  overnightReason: z.string().nullable(),
});

export const keys = {
  board: defineCall({
    summary: 'The key board: every key and copy, home or with whom, since when, due back, overdue',
    access: BOARD_ROLES,
    mutates: false,
    kept: true,
    input: z.object({ includeRetired: z.boolean().default(false) }).strict(),
    output: z.array(keySchema),
  }),
  create: defineCall({
    summary: 'Register a key (tag, name, kind, home place, copies, restricted)',
    access: REGISTER_ROLES,
    mutates: true,
    input: z.object({ tag: keyTagSchema, ...registerFields }).strict(),
    output: keySchema,
  }),
  update: defineCall({
    summary: "Change a key's register entry (copies only grow)",
    access: REGISTER_ROLES,
    mutates: true,
    input: z.object({ keyId: idSchema, ...registerFields }).strict(),
    output: keySchema,
  }),
  retire: defineCall({
    summary: 'Retire a key that is home (keys are never deleted)',
    access: REGISTER_ROLES,
    mutates: true,
    input: z.object({ keyId: idSchema }).strict(),
    output: keySchema,
  }),
  issue: defineCall({
    summary: 'Issue a key by tag to a staff member or an outside person (restricted: manager countersigns)',
    access: DESK_ROLES,
    mutates: true,
    input: z
      .object({
        ...copyTarget,
        holder: keyHolderInput,
        purpose: textSchema(100),
        dueBack: instantSchema.optional(),
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: keySchema,
  }),
  return: defineCall({
    summary: 'Take a key back by tag; the signed-in person receives it',
    access: DESK_ROLES,
    mutates: true,
    input: z.object(copyTarget).strict(),
    output: keySchema,
  }),
  handOver: defineCall({
    summary: 'A key that is out passes from its holder to a staff member (restricted: manager countersigns)',
    access: DESK_ROLES,
    mutates: true,
    input: z
      .object({ ...copyTarget, toUserId: idSchema, countersign: countersignSchema.optional() })
      .strict(),
    output: keySchema,
  }),
  reportLost: defineCall({
    summary: 'Report a copy lost (manager), with the reason',
    access: ['manager'],
    mutates: true,
    input: z.object({ tag: keyTagSchema, copyNo: copyNoSchema, reason: textSchema(200) }).strict(),
    output: keySchema,
  }),
  found: defineCall({
    summary: 'A lost copy is found and back home',
    access: DESK_ROLES,
    mutates: true,
    input: z.object({ tag: keyTagSchema, copyNo: copyNoSchema, reason: textSchema(200).optional() }).strict(),
    output: keySchema,
  }),
  movements: defineCall({
    summary: 'The movements register, newest first, with filters',
    access: BOARD_ROLES,
    mutates: false,
    kept: true,
    input: movementFilterSchema,
    output: z.array(keyMovementSchema),
  }),
  exportRegister: defineCall({
    summary: 'The movements register as an .xlsx file (base64), phones masked',
    access: BOARD_ROLES,
    mutates: false,
    input: movementFilterSchema,
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  checkOverdue: defineCall({
    summary: 'Post each newly overdue key to the notification area, once per issue',
    access: BOARD_ROLES,
    mutates: true,
    background: true,
    input: z.object({}).strict(),
    output: z.object({ overdue: z.number().int(), posted: z.number().int() }),
  }),
  dayCheck: defineCall({
    summary: 'Day-close key check: every copy home, or out overnight with its reason',
    access: BOARD_ROLES,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({
      businessDate: z.string(),
      complete: z.boolean(),
      items: z.array(dayCheckItemSchema),
    }),
  }),
  explainOvernight: defineCall({
    summary: 'Record why a copy stays out overnight',
    access: DESK_ROLES,
    mutates: true,
    input: z.object({ tag: keyTagSchema, copyNo: copyNoSchema, reason: textSchema(200) }).strict(),
    output: okOutput,
  }),
};
