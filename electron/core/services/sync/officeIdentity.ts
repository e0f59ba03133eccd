import { randomBytes } from 'node:crypto';
import type { ReadableDB } from '../../../../db/access';
import { AppError } from '../../../../shared/domain/errors';
import type { CallContext } from '../../context';

/**
 * The office's id at the group headquarters: written once (at setup, or later by the admin for
 * a ledger made before office ids) and never changed — the ledger refuses a second row and any
 * edit. HQ files the office's chain under it.
 */
export async function officeIdOf(db: ReadableDB): Promise<string | null> {
  const row = await db
    .selectFrom('office_identity')
    .select('office_id')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.office_id ?? null;
}

/** A new office's id when none is given: `office-` and 8 random hex digits. */
export function newOfficeId(): string {
  return `office-${randomBytes(4).toString('hex')}`;
}

/** Gives the ledger its office id; refused once it has one (it never changes). */
export async function recordOfficeId(ctx: CallContext, officeId: string): Promise<string> {
  const existing = await officeIdOf(ctx.db);
  if (existing !== null) throw new AppError('OFFICE_ID_SET', { officeId: existing });
  await ctx.writer.insert('office_identity', { office_id: officeId, set_at: ctx.at });
  return officeId;
}

/**
 * At setup: the id given, or a new one — unless the ledger already has one (given with
 * `desk sync --office-id` before the first run), which stands; another id given then is refused.
 */
export async function settleOfficeId(ctx: CallContext, wanted: string | undefined): Promise<string> {
  const existing = await officeIdOf(ctx.db);
  if (existing === null) return recordOfficeId(ctx, wanted ?? newOfficeId());
  if (wanted !== undefined && wanted !== existing)
    throw new AppError('OFFICE_ID_SET', { officeId: existing });
  return existing;
}
