import type { BoardUnit, HoldEventView, HoldView } from '../../../../shared/contract/holds';
import { maskPhone } from '../../../../shared/domain/phone';
import type { Actor } from '../../context';
import type { HoldEventRow, HoldHead, HoldStatus } from './state';
import { lapsed } from './state';
import { unitLabel, type UnitName, type UnitRow } from '../units';

/**
 * What each person may read off the board and the register (SPEC §4, 000:721 rule 38): managers
 * and deputies see customers and prices; a consultant sees their own holds and only the colour of
 * everyone else's. The filtering is done here, in the main process, never in the renderer.
 */
export function seesEverything(actor: Actor | null): boolean {
  return actor === null || actor.roles.includes('manager') || actor.roles.includes('deputy');
}

/** Whose hold it is: the consultant it is for, or the desk member who requested it for them. */
export function isOwnHold(actor: Actor | null, hold: HoldHead): boolean {
  return actor !== null && (hold.row.consultant_id === actor.id || hold.row.requested_by === actor.id);
}

export function mayRead(actor: Actor | null, hold: HoldHead): boolean {
  return seesEverything(actor) || isOwnHold(actor, hold);
}

/** Full number to managers, deputies and the customer's own consultant; masked to anyone else. */
function phoneFor(actor: Actor | null, hold: HoldHead): string {
  const full = seesEverything(actor) || (actor !== null && hold.row.consultant_id === actor.id);
  return full ? hold.row.customer_phone : maskPhone(hold.row.customer_phone);
}

export function toHoldView(hold: HoldStatus, unit: UnitName, actor: Actor | null): HoldView {
  return {
    id: hold.row.id,
    unitId: unit.id,
    unitLabel: unitLabel(unit),
    state: hold.state,
    consultantId: hold.row.consultant_id,
    consultantName: hold.consultantName,
    customerName: hold.row.customer_name,
    customerPhone: phoneFor(actor, hold),
    requestedAt: hold.row.at,
    expiresAt: hold.expiresAt,
    depositFen: hold.depositFen,
    receiptNo: hold.receiptNo,
  };
}

export function toBoardUnit(
  unit: UnitRow,
  hold: HoldStatus | undefined,
  actor: Actor | null,
  now: Date,
): BoardUnit {
  const live = hold && !lapsed(hold, now) ? hold : undefined;
  let status: BoardUnit['status'] = unit.withheld === 1 ? 'withheld' : 'available';
  if (live) status = live.state === 'pending' ? 'pending' : (live.state as BoardUnit['status']);
  return {
    id: unit.id,
    building: unit.building,
    unit: unit.unit,
    floor: unit.floor,
    room: unit.room,
    layout: unit.layout,
    areaCenti: unit.area_centi,
    status,
    expiresAt: live?.state === 'held' ? live.expiresAt : null,
    listPriceFen: seesEverything(actor) ? unit.list_price_fen : null,
    hold: live && mayRead(actor, live) ? toHoldView(live, unit, actor) : null,
  };
}

export function toEventView(
  e: HoldEventRow,
  hold: HoldHead,
  unit: UnitName,
  actor: Actor | null,
  names: ReadonlyMap<number, string>,
): HoldEventView {
  return {
    id: e.id,
    holdId: hold.row.id,
    unitLabel: unitLabel(unit),
    kind: e.kind,
    at: e.at,
    businessDate: e.business_date,
    actorName: e.actor_id === null ? null : (names.get(e.actor_id) ?? `#${e.actor_id}`),
    consultantName: hold.consultantName,
    customerName: hold.row.customer_name,
    customerPhone: phoneFor(actor, hold),
    expiresAt: e.expires_at,
    reason: e.reason,
    amountFen: e.amount_fen,
    receiptNo: e.receipt_no,
  };
}
