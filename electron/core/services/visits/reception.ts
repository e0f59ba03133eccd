import type { OwnershipRule } from '../../../../shared/domain/vocab';
import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';
import { dateOfInstant } from '../../closedDates';
import { isClosed } from '../../closedDateQueries';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import type { CustomerRecord } from '../customers/records';
import { consultantIn, type DayQueue, type Staff } from '../rotation';

/**
 * Reception (004:233-255): the desk asks whether the visitor has dealt with one of our
 * consultants. A named consultant receives without taking a rotation turn; anyone else is new and
 * goes to the consultant whose turn it is, who moves to the end. A named consultant who is not
 * the owner raises an ownership dispute for the manager.
 *
 * A visitor who names nobody but whose phone the ledger knows: by the rulebook (004:241 "以前联系过
 * 但已忘记业务员姓名，则该客户应视为新客户") they are new and go by rotation, and the match only asks
 * the manager whose customer they are (`ownershipQuestion`); with the setting `ownership: phone`
 * the owner recognised by phone receives without a turn, as a named consultant does.
 */
export interface Reception {
  consultant: { id: number; name: string };
  chosenBy: 'rotation' | 'owner' | 'named';
  /** Counted as a returning visit (named, or the owner by phone); otherwise new. */
  returning: boolean;
  ownerOffDuty: boolean;
  disputes: boolean;
  ownershipQuestion: boolean;
}

/** Decided on the rotation and the staff as this call read them (one read of each). */
export function decideReception(
  queue: DayQueue,
  staff: Staff,
  customer: CustomerRecord | null,
  namedConsultantId: number | undefined,
  rule: OwnershipRule,
): Reception {
  const ownerId = customer?.ownerId ?? null;
  if (namedConsultantId !== undefined) {
    const named = consultantIn(staff, namedConsultantId);
    if (!queue.order.includes(named.id)) throw new AppError('CONSULTANT_NOT_ON_DUTY', { name: named.name });
    return {
      consultant: named,
      chosenBy: 'named',
      returning: true,
      ownerOffDuty: false,
      disputes: ownerId !== null && ownerId !== named.id,
      ownershipQuestion: false,
    };
  }
  const byPhone = rule === 'phone' && ownerId !== null;
  if (byPhone && queue.order.includes(ownerId)) {
    return {
      consultant: { id: ownerId, name: staff.names.get(ownerId) ?? '' },
      chosenBy: 'owner',
      returning: customer!.visits > 0,
      ownerOffDuty: false,
      disputes: false,
      ownershipQuestion: false,
    };
  }
  if (!queue.set) throw new AppError('ROTATION_NOT_SET');
  if (queue.next === null) throw new AppError('NO_CONSULTANT_AVAILABLE');
  return {
    consultant: { id: queue.next, name: staff.names.get(queue.next) ?? '' },
    chosenBy: 'rotation',
    // By phone, a customer seen before counts as returning even when their owner is off duty.
    returning: rule === 'phone' && (customer?.visits ?? 0) > 0,
    ownerOffDuty: byPhone,
    disputes: false,
    ownershipQuestion: rule === 'rulebook' && ownerId !== null && ownerId !== queue.next,
  };
}

/**
 * A visit is written into the desk's open date: arrived on it, or on the date closed this
 * evening (the visitor after the close). An arrival on an earlier closed date is that date's
 * business, which only a reopening addresses.
 */
export async function checkArrival(ctx: ReadCallContext, arrivedAt: string): Promise<void> {
  if (arrivedAt > ctx.at) throw new AppError('ARRIVAL_IN_FUTURE');
  if (dateOfInstant(ctx, arrivedAt) === ctx.businessDate) return;
  const arrivalDate = businessDateOf(new Date(arrivedAt), ctx.settings.dayCutoff);
  if (await isClosed(ctx.db, arrivalDate)) throw new AppError('DAY_CLOSED', { date: arrivalDate });
  throw new AppError('ARRIVAL_NOT_TODAY', { date: ctx.businessDate });
}
