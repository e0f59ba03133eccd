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

/** A value filling a message's placeholder: a text or a finite number. */
function isParamValue(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** A plain object (not an array, a date or a class instance) whose own values all fill placeholders. */
function isMessageParams(value: unknown): value is Record<string, string | number> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const inner of Object.values(value)) if (!isParamValue(inner)) return false;
  return true;
}

/**
 * The values filling a message's placeholders (a notice's title, a refusal): texts and numbers by
 * name. The same rule as `z.record(z.string(), z.union([z.string(), z.number()]))`, checked in one
 * pass: the record builds a result per key, three quarters of checking a page of 200 notices. Its
 * JSON schema (the channel listing) says what the record's did.
 */
export const messageParamsSchema = z.custom<Record<string, string | number>>(isMessageParams).meta({
  type: 'object',
  propertyNames: { type: 'string' },
  additionalProperties: { type: ['string', 'number'] },
});

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
