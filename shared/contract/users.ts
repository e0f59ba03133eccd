import { z } from 'zod';
import { defineCall } from './define';
import { idSchema, personNameSchema, roleSchema, secretSchema } from './common';
import { SECRET_KINDS } from '../domain/vocab';

export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  roles: z.array(roleSchema),
  secretKind: z.enum(SECRET_KINDS),
  active: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userSchema>;

const rolesInput = z.array(roleSchema).min(1).max(7);

export const users = {
  list: defineCall({
    summary: 'Every user, active or not',
    access: ['admin', 'manager'],
    mutates: false,
    kept: true,
    input: z.object({ includeInactive: z.boolean().default(true) }).strict(),
    output: z.array(userSchema),
  }),
  create: defineCall({
    summary: 'Add a user with roles and a first PIN or password',
    access: ['admin'],
    mutates: true,
    input: z.object({ name: personNameSchema, roles: rolesInput, secret: secretSchema }).strict(),
    output: userSchema,
  }),
  setRoles: defineCall({
    summary: "Change a user's roles",
    access: ['admin'],
    mutates: true,
    input: z.object({ userId: idSchema, roles: rolesInput }).strict(),
    output: userSchema,
  }),
  resetSecret: defineCall({
    summary: 'Set a new PIN or password for a user (also lifts a wrong-PIN lock)',
    access: ['admin'],
    mutates: true,
    input: z.object({ userId: idSchema, secret: secretSchema }).strict(),
    output: userSchema,
  }),
  deactivate: defineCall({
    summary: 'Deactivate a user (users are never deleted)',
    access: ['admin'],
    mutates: true,
    input: z.object({ userId: idSchema }).strict(),
    output: userSchema,
  }),
  reactivate: defineCall({
    summary: 'Reactivate a deactivated user',
    access: ['admin'],
    mutates: true,
    input: z.object({ userId: idSchema }).strict(),
    output: userSchema,
  }),
};
