import type { AttendanceDay } from '../../../../shared/contract/attendance';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { PUNCH_KIND_LABELS, type PunchKind } from '../../../../shared/domain/vocab';
import { findUser, rolesOf } from '../../auth/users';
import { localTime } from '../../clock';
import { requireActor, type CallContext } from '../../context';
import { personDay, workDateNow } from './day';
import { dayPunches, rowInForce } from './punches';
import { isStaff } from './staff';

export interface CorrectionInput {
  userId: number;
  workDate: string;
  kind: PunchKind;
  at: string | null;
  reason: string;
}

/**
 * The manager's correction of a clocking (a forgotten clock-out, a wrong time): appended with
 * its reason and naming the clocking it corrects, which stays in the ledger. A correction
 * without a time takes the clocking back. The time must fall within the work date's business day.
 */
export async function correctPunch(ctx: CallContext, input: CorrectionInput): Promise<AttendanceDay> {
  const actor = requireActor(ctx);
  const row = await findUser(ctx.db, input.userId);
  if (!row) throw new AppError('USER_NOT_FOUND', { id: input.userId });
  if (!isStaff(rolesOf(row))) throw new AppError('ATTENDANCE_NOT_STAFF', { name: row.name });
  const person = { id: row.id, name: row.name, roles: rolesOf(row), active: row.active === 1 };
  const date = input.workDate;
  if (date > workDateNow(ctx)) throw new AppError('ATTENDANCE_DATE_FUTURE', { date });
  const day = await dayPunches(ctx.db, person.id, date);
  const at = input.at === null ? null : new Date(input.at).toISOString();
  if (at !== null) {
    if (businessDateOf(new Date(at), ctx.settings.dayCutoff) !== date) {
      throw new AppError('ATTENDANCE_TIME_OUTSIDE_DAY', { at: localTime(at), date });
    }
    if (at > ctx.at) throw new AppError('ATTENDANCE_TIME_FUTURE', { at: localTime(at) });
    const clockIn = input.kind === 'in' ? at : day.in;
    const clockOut = input.kind === 'out' ? at : day.out;
    if (clockIn && clockOut && clockOut < clockIn) {
      throw new AppError('ATTENDANCE_OUT_BEFORE_IN', { out: localTime(clockOut), in: localTime(clockIn) });
    }
  } else if ((input.kind === 'in' ? day.in : day.out) === null) {
    throw new AppError('ATTENDANCE_NOTHING_TO_REMOVE', {
      name: person.name,
      date,
      kind: PUNCH_KIND_LABELS[input.kind][ctx.locale],
    });
  }
  await ctx.writer.insert('attendance_punches', {
    user_id: person.id,
    work_date: date,
    kind: input.kind,
    source: 'correction',
    punched_at: at,
    replaces_id: rowInForce(day, input.kind)?.id ?? null,
    reason: input.reason,
    by_user_id: actor.id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return personDay(ctx, person, date);
}
