import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { clockIn, clockOut } from './clock';
import { correctPunch } from './correct';
import { daysOn } from './day';
import { exportMonth } from './export';
import { flagMissedClockOuts } from './missed';
import { attendanceMonth } from './month';

/**
 * Attendance 签到签退. Other registers use: `onDutyAndIn` (./present — the rotation's offer),
 * `peopleSection` (./daySheet — the day sheet's 出勤, 外出, 开/闭店检查), the punches and the
 * staff readers (./punches, ./staff — the lunch cover, the roster, the outings).
 */
export { onDutyAndIn } from './present';
export { peopleSection } from './daySheet';

export const attendanceHandlers: HandlersOf<'attendance'> = {
  'attendance.today': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    return { date, people: await daysOn(ctx, date) };
  },
  'attendance.clockIn': (input, ctx) => clockIn(ctx, input.userId, input.secret),
  'attendance.clockOut': (input, ctx) => clockOut(ctx, input.userId, input.secret),
  'attendance.correct': (input, ctx) => correctPunch(ctx, input),
  'attendance.month': (input, ctx) => attendanceMonth(ctx, input.month, input.userId),
  'attendance.exportMonth': (input, ctx) => exportMonth(ctx, input.month, input.userId),
  'attendance.flagMissed': (_input, ctx) => flagMissedClockOuts(ctx),
};

export const attendanceService: ServiceModule<'attendance'> = {
  handlers: attendanceHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // The morning after, a clock-in left open reaches the manager from any screen.
      run: async ({ call }) => void (await call('attendance.flagMissed', {})),
    },
  ],
};
