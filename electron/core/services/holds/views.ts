import type {
  BoardUnit,
  DepositDetail,
  HoldEventView,
  HoldView,
  RefundSummary,
} from '../../../../shared/contract/holds';
import type { DepositState, RefundState } from '../../../../shared/domain/vocab';
import { maskPhone } from '../../../../shared/domain/phone';
import type { Actor } from '../../context';
import type { DepositFact, HoldFacts, RefundFact } from './facts';
import type { HoldEventRow, HoldHead, HoldStatus } from './state';
import { lapsed } from './state';
import type { Viewer } from './visibility';
import { unitLabel, type UnitName, type UnitRow } from '../units';

/**
 * What each person may read off the board and the register (000:721 rule 38), by what they may
 * read of the 销控 (visibility.ts): those who read it all see customers, prices and discounts; a
 * consultant their own holds (with their customer's deal, without the list price) and, when the
 * office shows the colours to everyone, the colour of every other unit. The filtering is done
 * here, in the main process, never in the renderer.
 */

/** Whose hold it is: the consultant it is for, or the desk member who requested it for them. */
export function isOwnHold(actor: Actor | null, hold: HoldHead): boolean {
  return actor !== null && (hold.row.consultant_id === actor.id || hold.row.requested_by === actor.id);
}

export function mayRead(viewer: Viewer, hold: HoldHead): boolean {
  return viewer.level === 'full' || isOwnHold(viewer.actor, hold);
}

/** Full number to those who read everything and the customer's own consultant; masked to anyone else. */
function phoneFor(viewer: Viewer, hold: HoldHead): string {
  const full =
    viewer.level === 'full' || (viewer.actor !== null && hold.row.consultant_id === viewer.actor.id);
  return full ? hold.row.customer_phone : maskPhone(hold.row.customer_phone);
}

/**
 * Cash someone at the desk took stays in their custody until it goes to the cashier with their
 * takings (then: handed in); anything else waits for the cashier to confirm it against her statement.
 */
export function depositState(d: Pick<DepositFact, 'method' | 'confirmation' | 'handedIn'>): DepositState {
  if (d.confirmation !== null) return 'confirmed';
  if (d.method !== 'cash') return 'to_confirm';
  return d.handedIn !== null ? 'handed_in' : 'with_receiver';
}

export function toDepositDetail(
  d: DepositFact,
  viewer: Viewer,
  names: ReadonlyMap<number, string>,
): DepositDetail {
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const prices = viewer.level === 'full';
  return {
    id: d.id,
    method: d.method,
    amountFen: d.amountFen,
    receiptNo: d.receiptNo,
    agreementNo: d.agreementNo,
    receivedById: d.receivedBy,
    receivedByName: name(d.receivedBy),
    agreedPriceFen: d.agreedPriceFen,
    listPriceFen: prices ? d.listPriceFen : null,
    discountFen: prices ? d.listPriceFen - d.agreedPriceFen : null,
    approvedByName: prices && d.approvedBy !== null ? name(d.approvedBy) : null,
    discountReason: prices ? d.discountReason : null,
    state: depositState(d),
    confirmedAt: d.confirmation?.at ?? null,
    confirmedByName: d.confirmation ? name(d.confirmation.cashierId) : null,
    statementRef: d.confirmation?.statementRef ?? null,
    at: d.at,
    businessDate: d.businessDate,
  };
}

/** Whole days from one business date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Paid once it is paid; overdue once the business date is past the due date; due until then. */
export function refundState(f: RefundFact, today: string): RefundState {
  if (f.events.some((e) => e.kind === 'paid')) return 'paid';
  return today > f.dueDate ? 'overdue' : 'due';
}

export function toRefundSummary(
  f: RefundFact,
  today: string,
  names: ReadonlyMap<number, string>,
): RefundSummary {
  const name = (id: number | null) => (id === null ? '' : (names.get(id) ?? `#${id}`));
  const told = f.events.find((e) => e.kind === 'told');
  const paid = f.events.find((e) => e.kind === 'paid');
  const state = refundState(f, today);
  return {
    id: f.id,
    amountFen: f.amountFen,
    reason: f.reason,
    approvedByName: name(f.approvedBy),
    approvedAt: f.at,
    dueDate: f.dueDate,
    state,
    daysOverdue: state === 'overdue' ? daysBetween(f.dueDate, today) : 0,
    told: told ? { at: told.at, byName: name(told.actorId), note: told.note } : null,
    paid: paid
      ? { at: paid.at, cashierName: name(paid.cashierId), method: paid.method!, reference: paid.reference! }
      : null,
  };
}

export function toHoldView(
  hold: HoldStatus,
  unit: UnitName,
  viewer: Viewer,
  facts: HoldFacts,
  ctx: { businessDate: string; staffNames(): ReadonlyMap<number, string> },
): HoldView {
  const names = ctx.staffNames();
  const report = facts.reports.get(hold.row.id);
  const deposit = facts.deposits.get(hold.row.id);
  const refund = facts.refunds.get(hold.row.id);
  return {
    id: hold.row.id,
    unitId: unit.id,
    unitLabel: unitLabel(unit),
    state: hold.state,
    consultantId: hold.row.consultant_id,
    consultantName: hold.consultantName,
    customerName: hold.row.customer_name,
    customerPhone: phoneFor(viewer, hold),
    requestedAt: hold.row.at,
    expiresAt: hold.expiresAt,
    depositFen: hold.depositFen,
    receiptNo: hold.receiptNo,
    reported: report
      ? { at: report.at, byName: names.get(report.actorId) ?? `#${report.actorId}`, reason: report.reason }
      : null,
    deposit: deposit ? toDepositDetail(deposit, viewer, names) : null,
    refund: refund ? toRefundSummary(refund, ctx.businessDate, names) : null,
  };
}

export function toBoardUnit(
  unit: UnitRow,
  hold: HoldStatus | undefined,
  viewer: Viewer,
  now: Date,
  facts: HoldFacts,
  ctx: { businessDate: string; staffNames(): ReadonlyMap<number, string> },
): BoardUnit {
  const live = hold && !lapsed(hold, now) ? hold : undefined;
  let status: BoardUnit['status'] = unit.withheld === 1 ? 'withheld' : 'available';
  if (live) status = live.state === 'pending' ? 'pending' : (live.state as BoardUnit['status']);
  const readable = live !== undefined && mayRead(viewer, live);
  return {
    id: unit.id,
    building: unit.building,
    unit: unit.unit,
    floor: unit.floor,
    room: unit.room,
    layout: unit.layout,
    areaCenti: unit.area_centi,
    status,
    expiresAt: readable && live.state === 'held' ? live.expiresAt : null,
    listPriceFen: viewer.level === 'full' ? unit.list_price_fen : null,
    hold: readable ? toHoldView(live, unit, viewer, facts, ctx) : null,
  };
}

export function toEventView(
  e: HoldEventRow,
  hold: HoldHead,
  unit: UnitName,
  viewer: Viewer,
  names: ReadonlyMap<number, string>,
  deposits: ReadonlyMap<number, DepositFact>,
): HoldEventView {
  const deposit = e.kind === 'deposit' ? deposits.get(hold.row.id) : undefined;
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
    customerPhone: phoneFor(viewer, hold),
    expiresAt: e.expires_at,
    reason: e.reason,
    amountFen: e.amount_fen,
    receiptNo: e.receipt_no,
    deposit: deposit ? toDepositDetail(deposit, viewer, names) : null,
  };
}
