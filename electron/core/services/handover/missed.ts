import type { CallContext } from '../../context';
import { postNotification } from '../../notifications';
import { deskSetUpAt, endedShifts } from './shifts';
import { isClosed } from '../../closedDateQueries';

/** A late shift may run on while a customer is still being served (000:297). */
export const MISSED_GRACE_MS = 30 * 60_000;

/**
 * A shift that ended (plus the grace) with no handover written for it is reported to the manager
 * once (000:75 fines staff who forget): `handover_missed_notices` remembers the shift, and its
 * unique index refuses a second warning even if two desks check at once. A handover counts as
 * written once it is started: the night shift writes it before leaving and the morning person
 * acknowledges it later (000:297). Shifts that began before the desk was set up are not judged.
 * Run by the app's background jobs (`handover.checkMissed`).
 */
export async function postMissedHandovers(ctx: CallContext): Promise<{ posted: number }> {
  const setUpAt = await deskSetUpAt(ctx.db);
  if (setUpAt === null) return { posted: 0 };
  let posted = 0;
  for (const shift of endedShifts(ctx.now, ctx.settings, MISSED_GRACE_MS)) {
    if (shift.startsAt.toISOString() < setUpAt) continue;
    // A closed date has been reconciled and signed; nothing more can be written into it.
    if (await isClosed(ctx.db, shift.businessDate)) continue;
    const written = await ctx.db
      .selectFrom('handovers')
      .select('id')
      .where('business_date', '=', shift.businessDate)
      .where('shift_name', '=', shift.name)
      .executeTakeFirst();
    if (written) continue;
    const known = await ctx.db
      .selectFrom('handover_missed_notices')
      .select('id')
      .where('business_date', '=', shift.businessDate)
      .where('shift_name', '=', shift.name)
      .executeTakeFirst();
    if (known) continue;
    const notificationId = await postNotification(ctx, {
      kind: 'handover_missing',
      severity: 'warning',
      titleKey: 'handoverMissing',
      params: { date: shift.businessDate, shift: shift.name, end: shift.end },
      forRoles: ['manager'],
    });
    await ctx.writer.insert('handover_missed_notices', {
      business_date: shift.businessDate,
      shift_name: shift.name,
      notification_id: notificationId,
      at: ctx.at,
    });
    posted++;
  }
  return { posted };
}
