import { addDays } from '../../../../shared/domain/businessDate';
import { localTime } from '../../clock';
import type { CallContext, ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { workDateNow } from './day';
import { foldPunches, punchKey, punchRowsBetween } from './punches';

/** How far back an unflagged missed clock-out is still flagged (the app may have been closed). */
const LOOK_BACK_DAYS = 7;

interface Missed {
  userId: number;
  date: string;
  in: string;
}

/** Clock-ins of earlier days with no clock-out in force, not flagged yet. */
export async function missedClockOuts(ctx: ReadCallContext): Promise<Missed[]> {
  const today = workDateNow(ctx);
  const from = addDays(today, -LOOK_BACK_DAYS);
  const yesterday = addDays(today, -1);
  const days = foldPunches(await punchRowsBetween(ctx.db, from, yesterday));
  const flagged = new Set(
    (
      await ctx.db
        .selectFrom('attendance_missed_notices')
        .select(['user_id', 'work_date'])
        .where('work_date', '>=', from)
        .execute()
    ).map((n) => punchKey(n.user_id, n.work_date)),
  );
  const missed: Missed[] = [];
  for (const [key, day] of days) {
    if (!day.in || day.out || flagged.has(key)) continue;
    const row = day.rows[0]!;
    missed.push({ userId: row.user_id, date: row.work_date, in: day.in });
  }
  return missed.sort((a, b) => a.date.localeCompare(b.date) || a.userId - b.userId);
}

/**
 * The next morning (once the business date has moved on), each clock-in left without a
 * clock-out is told to the manager, once: the manager corrects it with the real time.
 */
export async function flagMissedClockOuts(ctx: CallContext): Promise<{ flagged: number }> {
  const missed = await missedClockOuts(ctx);
  const names = ctx.staffNames();
  for (const m of missed) {
    const notificationId = await postNotification(ctx, {
      kind: 'attendance_missed_clock_out',
      severity: 'warning',
      titleKey: 'attendanceMissedClockOut',
      params: { name: names.get(m.userId) ?? `#${m.userId}`, date: m.date, in: localTime(m.in) },
      forRoles: ['manager'],
    });
    await ctx.writer.insert('attendance_missed_notices', {
      user_id: m.userId,
      work_date: m.date,
      notification_id: notificationId,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
  }
  return { flagged: missed.length };
}
