import type { ReadableDB } from '../../../../db/access';
import type { ReadCallContext } from '../../context';
import { findUser, rolesOf } from '../../auth/users';
import { expectedCash } from '../cash/custody';

export interface HeldCash {
  userId: number;
  name: string;
  balanceFen: number;
}

/**
 * A stand-in (an assistant who is not also a receptionist) keeps what they took overnight and
 * hands it to the receptionist the next shift (000:605); everyone else hands their takings to the
 * cashier before leaving (000:597).
 */
async function keepsCashOvernight(db: ReadableDB, userId: number): Promise<boolean> {
  const user = await findUser(db, userId);
  const roles = user ? rolesOf(user) : [];
  return roles.includes('assistant') && !roles.includes('receptionist');
}

/**
 * The ticket cash of the date still held at the desk at the end of the date, split into what
 * must reach the cashier before the close (`held`) and what a stand-in carries overnight
 * (`carried`, 留存). Cash taken in on later dates is those dates', not this one's.
 */
export async function cashAtDateEnd(
  ctx: Pick<ReadCallContext, 'db' | 'staffNames'>,
  date: string,
): Promise<{ held: HeldCash[]; carried: HeldCash[] }> {
  const names = ctx.staffNames();
  const held: HeldCash[] = [];
  const carried: HeldCash[] = [];
  for (const [userId, balanceFen] of await expectedCash(ctx.db, { businessDate: date })) {
    if (balanceFen === 0) continue;
    const line = { userId, name: names.get(userId) ?? `#${userId}`, balanceFen };
    // Only takings can be carried: a negative balance is a shortfall to be settled, never kept.
    if (balanceFen > 0 && (await keepsCashOvernight(ctx.db, userId))) carried.push(line);
    else held.push(line);
  }
  return { held, carried };
}
