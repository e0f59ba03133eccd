import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { isBusinessDate, isCutoff } from '../domain/businessDate';

export const roleSchema = z.enum(ROLES);
export const idSchema = z.number().int().positive();
export const instantSchema = z.iso.datetime();
export const businessDateSchema = z.string().refine(isBusinessDate, 'YYYY-MM-DD');
export const cutoffSchema = z.string().refine(isCutoff, 'HH:MM');
export const personNameSchema = z.string().trim().min(1).max(40);
export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ done: z.literal(true) });

/** A PIN (4–8 digits) or, for managers and admins, a password; checked in the auth service. */
export const secretSchema = z.string().min(1).max(128);

/** The second person of a two-person act, entered in the same dialog (SPEC §1). */
export const countersignSchema = z.object({ userId: idSchema, secret: secretSchema }).strict();

export const pageSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    beforeId: idSchema.optional(),
  })
  .strict();
