import type { Actor, CallContext, ReadCallContext } from '../../context';
import { officeStaff } from '../attendance/staff';
import { openOutings } from './state';

export interface ManagerOut {
  outingId: number;
  managerId: number;
  managerName: string;
  leftAt: string;
  expectedBack: string;
}

/**
 * Whether the project manager is out now: every active manager is on an outing not yet back.
 * While so, the deputy does the manager's work and it is marked 代 (000:629).
 */
export async function managerOutNow(ctx: ReadCallContext): Promise<ManagerOut | null> {
  const managers = (await officeStaff(ctx.db)).filter((p) => p.roles.includes('manager'));
  if (managers.length === 0) return null;
  const open = await openOutings(ctx.db);
  const outings = managers.map((m) => open.find((o) => o.row.user_id === m.id));
  if (outings.some((o) => o === undefined)) return null;
  const first = outings[0]!;
  return {
    outingId: first.row.id,
    managerId: managers[0]!.id,
    managerName: managers[0]!.name,
    leftAt: first.row.left_at,
    expectedBack: first.row.expected_back,
  };
}

/**
 * For another register's act done by the deputy (not a manager): when the manager is out now,
 * the act is marked 代 — kept against the manager's outing, sealed by this call's audit row — and
 * the manager's outing is answered so the caller can say so; otherwise nothing is written. The
 * deputy is the signed-in person unless named (a deputy approving in someone else's dialog).
 * `act` names the act (a stable key the outings page words, e.g. `holdDeputyApproved`).
 */
export async function standInForManager(
  ctx: CallContext,
  act: string,
  deputy: Actor | null = ctx.actor,
): Promise<ManagerOut | null> {
  if (!deputy || !deputy.roles.includes('deputy') || deputy.roles.includes('manager')) return null;
  const out = await managerOutNow(ctx);
  if (!out) return null;
  await ctx.writer.insert('stand_ins', {
    outing_id: out.outingId,
    deputy_id: deputy.id,
    act,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return out;
}
