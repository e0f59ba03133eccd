import { z } from 'zod';
import { defineCall } from './define';
import { emptyInput, idSchema, okOutput, personNameSchema, roleSchema, secretSchema } from './common';
import { SECRET_KINDS } from '../domain/vocab';
import { officeIdSchema } from './sync';

export const sessionSchema = z.object({
  setupRequired: z.boolean(),
  user: z.object({ id: idSchema, name: z.string(), roles: z.array(roleSchema) }).nullable(),
  locked: z.boolean(),
  idleLockSeconds: z.number().int().positive(),
  projectName: z.string(),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const signInCardSchema = z.object({
  id: idSchema,
  name: z.string(),
  roles: z.array(roleSchema),
  secretKind: z.enum(SECRET_KINDS),
  lockedUntil: z.string().nullable(),
});

export const auth = {
  session: defineCall({
    summary: 'Who holds the desk now, whether the screen is locked, whether setup is needed',
    access: 'public',
    background: true,
    mutates: false,
    input: emptyInput,
    output: sessionSchema,
  }),
  roster: defineCall({
    summary: 'The names on the sign-in screen (active users only)',
    access: 'public',
    background: true,
    mutates: false,
    input: emptyInput,
    output: z.array(signInCardSchema),
  }),
  setup: defineCall({
    summary: 'First run: name the project and create the administrator',
    access: 'public',
    mutates: true,
    input: z
      .object({
        projectName: z.string().trim().min(1).max(60),
        adminName: personNameSchema,
        adminSecret: secretSchema,
        /** The office's id at headquarters (SPEC §13); a new one is made when left out. */
        officeId: officeIdSchema.optional(),
      })
      .strict(),
    output: sessionSchema,
  }),
  signIn: defineCall({
    summary: 'Pick a name, type the PIN: takes the desk (also unlocks and switches user)',
    access: 'public',
    mutates: true,
    input: z.object({ userId: idSchema, secret: secretSchema }).strict(),
    output: sessionSchema,
  }),
  signOut: defineCall({
    summary: 'Leave the desk',
    access: 'public',
    mutates: true,
    input: emptyInput,
    output: sessionSchema,
  }),
  lock: defineCall({
    summary: 'Lock the screen (the user stays on the desk until someone signs in)',
    access: 'public',
    mutates: true,
    input: emptyInput,
    output: sessionSchema,
  }),
  touch: defineCall({
    summary: 'The person at the desk is active (keys, mouse): keeps the idle lock away',
    access: 'signedIn',
    mutates: false,
    input: emptyInput,
    output: okOutput,
  }),
  changeOwnSecret: defineCall({
    summary: 'Change your own PIN or password',
    access: 'signedIn',
    mutates: true,
    input: z.object({ currentSecret: secretSchema, newSecret: secretSchema }).strict(),
    output: okOutput,
  }),
};
