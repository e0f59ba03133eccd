import type { AttendanceDay } from '../../../../shared/contract/attendance';
import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import type { PunchKind } from '../../../../shared/domain/vocab';
import { checkSecret } from '../../auth/secretChecks';
import { verifySecret } from '../../auth/secrets';
import { findUser } from '../../auth/users';
import { localTime } from '../../clock';
import { requireActor, type CallContext } from '../../context';
import { postNotification } from '../../notifications';
import { personDay, workDateNow } from './day';
import { dayPunches } from './punches';
import { requireStaffMember, type StaffMember } from './staff';

/** A late shift's clock-out may come after the cut-off: an open day this recent is still the one. */
const LONGEST_DAY_MS = 20 * 3_600_000;

/**
 * 上下班需本人签卡 (000:705): the PIN typed is the person clocking. When the signed-in person
 * types their own PIN for someone else, that is 代签 — fined for both people — so it is refused,
 * and the attempt is kept (with the manager's notice) although the call is refused.
 */
async function refuseProxy(ctx: CallContext, person: StaffMember, secret: string, kind: PunchKind) {
  const actor = requireActor(ctx);
  if (actor.id === person.id) return;
  const own = await findUser(ctx.db, actor.id);
  if (!own || !(await verifySecret(secret, own.secret_hash))) return;
  const target = await findUser(ctx.db, person.id);
  if (target && (await verifySecret(secret, target.secret_hash))) return; // the same PIN: it is theirs too
  await ctx.writer.insert(
    'attendance_proxy_attempts',
    { actor_id: actor.id, user_id: person.id, kind, at: ctx.at, business_date: ctx.businessDate },
    { survivesRefusal: true },
  );
  await postNotification(ctx, {
    survivesRefusal: true,
    kind: 'attendance_proxy',
    severity: 'warning',
    titleKey: kind === 'in' ? 'attendanceProxyIn' : 'attendanceProxyOut',
    params: { actor: actor.name, name: person.name, at: localTime(ctx.at) },
    forRoles: ['manager'],
  });
  throw new AppError('ATTENDANCE_PROXY', { name: person.name, actor: actor.name }, { keepWrites: true });
}

async function writePunch(ctx: CallContext, person: StaffMember, date: string, kind: PunchKind) {
  await ctx.writer.insert('attendance_punches', {
    user_id: person.id,
    work_date: date,
    kind,
    source: 'clock',
    punched_at: ctx.at,
    replaces_id: null,
    reason: null,
    by_user_id: person.id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
}

export async function clockIn(ctx: CallContext, userId: number, secret: string): Promise<AttendanceDay> {
  const person = await requireStaffMember(ctx.db, userId);
  const date = workDateNow(ctx);
  const day = await dayPunches(ctx.db, person.id, date);
  if (day.out) throw new AppError('ATTENDANCE_ALREADY_OUT', { name: person.name, at: localTime(day.out) });
  if (day.rows.some((r) => r.kind === 'in')) {
    throw new AppError('ATTENDANCE_ALREADY_IN', { name: person.name, at: day.in ? localTime(day.in) : '—' });
  }
  await refuseProxy(ctx, person, secret, 'in');
  await checkSecret(ctx, person.row, secret, 'clock');
  await writePunch(ctx, person, date, 'in');
  return personDay(ctx, person, date);
}

/** The day a clock-out closes: today's, or yesterday's still open when the late shift runs on. */
async function openDay(ctx: CallContext, person: StaffMember): Promise<string> {
  const today = workDateNow(ctx);
  const now = await dayPunches(ctx.db, person.id, today);
  if (now.in && !now.out) return today;
  if (now.out) throw new AppError('ATTENDANCE_ALREADY_OUT', { name: person.name, at: localTime(now.out) });
  const yesterday = addDays(today, -1);
  const before = await dayPunches(ctx.db, person.id, yesterday);
  if (before.in && !before.out && ctx.now.getTime() - new Date(before.in).getTime() < LONGEST_DAY_MS) {
    return yesterday;
  }
  throw new AppError('ATTENDANCE_NOT_IN', { name: person.name });
}

export async function clockOut(ctx: CallContext, userId: number, secret: string): Promise<AttendanceDay> {
  const person = await requireStaffMember(ctx.db, userId);
  const date = await openDay(ctx, person);
  await refuseProxy(ctx, person, secret, 'out');
  await checkSecret(ctx, person.row, secret, 'clock');
  await writePunch(ctx, person, date, 'out');
  return personDay(ctx, person, date);
}
