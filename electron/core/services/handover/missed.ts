import type { CallContext, ReadCallContext } from '../../context';
import { localTime } from '../../clock';
import { postNotification } from '../../notifications';
import { addDays } from '../../../../shared/domain/businessDate';
import { deskSetUpAt, endedShifts, writtenWindow, type ShiftOccurrence } from './shifts';
import { isClosed } from '../../closedDateQueries';

/** A late shift may run on while a customer is still being served (000:75). */
export const MISSED_GRACE_MS = 30 * 60_000;

/**
 * Whether a handover was written for one occurrence of a shift: one filed under the shift's
 * name within its window (its own business date, or the next one when that date was closed
 * before the night shift handed over).
 */
async function writtenFor(ctx: ReadCallContext, shift: ShiftOccurrence): Promise<boolean> {
  const window = writtenWindow(shift);
  const row = await ctx.db
    .selectFrom('handovers')
    .select('id')
    .where('business_date', 'in', [shift.businessDate, addDays(shift.businessDate, 1)])
    .where('shift_name', '=', shift.name)
    .where('started_at', '>=', window.from)
    .where('started_at', '<', window.until)
    .executeTakeFirst();
  return row !== undefined;
}

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
    if (await writtenFor(ctx, shift)) continue;
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

/**
 * A handover written after its shift was reported missing clears the warning: the clearing is
 * recorded against the notice (once: its unique index), and the manager is told who wrote it
 * and when, next to the warning in the notification area.
 */
export async function clearMissedWarning(
  ctx: CallContext,
  shift: ShiftOccurrence,
  handover: { id: number; from: string; to: string },
): Promise<void> {
  const notice = await ctx.db
    .selectFrom('handover_missed_notices as n')
    .leftJoin('handover_missed_clearings as c', 'c.notice_id', 'n.id')
    .select(['n.id', 'c.id as cleared'])
    .where('n.business_date', '=', shift.businessDate)
    .where('n.shift_name', '=', shift.name)
    .executeTakeFirst();
  if (!notice || notice.cleared !== null) return;
  const notificationId = await postNotification(ctx, {
    kind: 'handover_written_late',
    severity: 'info',
    titleKey: 'handoverWrittenLate',
    params: {
      date: shift.businessDate,
      shift: shift.name,
      from: handover.from,
      to: handover.to,
      at: localTime(ctx.at),
    },
    forRoles: ['manager'],
  });
  await ctx.writer.insert('handover_missed_clearings', {
    notice_id: notice.id,
    handover_id: handover.id,
    notification_id: notificationId,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
}
