import type { Selectable } from 'kysely';
import type { TicketMovementsTable } from '../../../../db/schema';
import type { MovementView } from '../../../../shared/contract/tickets';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { verifyCountersign } from '../../auth/secretChecks';
import { handedOverSince } from '../handover';
import { cashBalance, recordCashMovement } from '../cash/custody';
import { postDueReminders, resolveRestocked } from './alerts';
import { requireActiveType, requireType } from './catalogue';
import { movementView, onHandOf } from './stock';

/**
 * The stock movements: every one an append-only row. Each call checks what it can against the
 * ledger inside the router's IMMEDIATE transaction (so two desks cannot both sell the last
 * ticket), and the database re-checks what matters most (stock and cash never below zero, a sale
 * voided once).
 */

type MovementRow = Selectable<TicketMovementsTable>;
type NewMovement = Omit<TicketMovementsTable, 'id' | 'audit_id' | 'at' | 'business_date' | 'actor_id'>;

const EMPTY: Omit<NewMovement, 'type_id' | 'kind' | 'delta'> = {
  unit_price_fen: null,
  amount_fen: null,
  payment_method: null,
  batch: null,
  serial_from: null,
  serial_to: null,
  voids_id: null,
  reason: null,
  countersigned_by: null,
};

async function append(
  ctx: CallContext,
  values: Partial<NewMovement> & Pick<NewMovement, 'type_id' | 'kind' | 'delta'>,
): Promise<MovementRow> {
  return ctx.writer.insert('ticket_movements', {
    ...EMPTY,
    ...values,
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: requireActor(ctx).id,
  });
}

async function finish(ctx: CallContext, row: MovementRow): Promise<MovementView> {
  await postDueReminders(ctx);
  return movementView(ctx, row.id);
}

async function requireStock(
  ctx: ReadCallContext,
  typeId: number,
  name: string,
  wanted: number,
): Promise<void> {
  const onHand = await onHandOf(ctx.db, typeId);
  if (wanted > onHand) throw new AppError('TICKET_STOCK_SHORT', { name, onHand, wanted });
}

export async function receiveTickets(
  ctx: CallContext,
  input: { typeId: number; count: number; batch?: string; serialFrom?: string; serialTo?: string },
): Promise<MovementView> {
  const type = await requireActiveType(ctx.db, input.typeId);
  const row = await append(ctx, {
    type_id: type.id,
    kind: 'received',
    delta: input.count,
    batch: input.batch ?? null,
    serial_from: input.serialFrom ?? null,
    serial_to: input.serialTo ?? null,
  });
  await resolveRestocked(ctx, type.id);
  return finish(ctx, row);
}

export async function sellTickets(
  ctx: CallContext,
  input: {
    typeId: number;
    count: number;
    paymentMethod: MovementView['paymentMethod'] & string;
    unitPriceFen?: number;
    priceReason?: string;
    countersign?: { userId: number; secret: string };
  },
): Promise<MovementView> {
  const type = await requireActiveType(ctx.db, input.typeId);
  const unit = input.unitPriceFen ?? type.price_fen;
  const exception = unit !== type.price_fen;
  if (exception) {
    // Prices are the catalogue's (004:461): another price is the manager's decision, with a reason.
    const prices = { catalogue: formatFen(type.price_fen), price: formatFen(unit) };
    if (!input.countersign) throw new AppError('TICKET_PRICE_NEEDS_MANAGER', prices);
    if (!input.priceReason) throw new AppError('TICKET_PRICE_REASON_REQUIRED', prices);
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, ['manager']);
  }
  await requireStock(ctx, type.id, type.name, input.count);
  const amount = unit * input.count;
  const row = await append(ctx, {
    type_id: type.id,
    kind: 'sold',
    delta: -input.count,
    unit_price_fen: unit,
    amount_fen: amount,
    payment_method: input.paymentMethod,
    reason: exception ? input.priceReason : null,
    countersigned_by: exception ? ctx.countersigner!.id : null,
  });
  if (exception) {
    await ctx.writer.insert('ticket_price_exceptions', {
      sale_id: row.id,
      catalogue_price_fen: type.price_fen,
    });
  }
  if (input.paymentMethod === 'cash') {
    await recordCashMovement(ctx, {
      holderId: row.actor_id,
      kind: 'sale',
      deltaFen: amount,
      ticketMovementId: row.id,
    });
  }
  return finish(ctx, row);
}

/**
 * Voids a sale, once. The seller may void their own sale during the same shift alone; after it,
 * or for someone else's sale, a manager countersigns with a PIN (SPEC §6). The seller's shift
 * ends when they hand the desk over (the incoming person acknowledges) or the business date
 * ends, whichever comes first.
 * A voided cash sale is refunded from the custody of the person voiding it (who hands the money
 * back at the desk), so their balance must cover it.
 */
export async function voidSale(
  ctx: CallContext,
  input: { saleId: number; reason: string; countersign?: { userId: number; secret: string } },
): Promise<MovementView> {
  const actor = requireActor(ctx);
  const sale = await ctx.db
    .selectFrom('ticket_movements')
    .selectAll()
    .where('id', '=', input.saleId)
    .where('kind', '=', 'sold')
    .executeTakeFirst();
  if (!sale) throw new AppError('TICKET_SALE_NOT_FOUND', { id: input.saleId });
  const earlier = await ctx.db
    .selectFrom('ticket_movements')
    .select('id')
    .where('voids_id', '=', sale.id)
    .executeTakeFirst();
  if (earlier) throw new AppError('TICKET_SALE_ALREADY_VOIDED', { id: sale.id });
  const own = sale.actor_id === actor.id && sale.business_date === ctx.businessDate;
  const handedOverAt = own ? await handedOverSince(ctx.db, actor.id, sale.at) : null;
  if (handedOverAt && !input.countersign) {
    throw new AppError('TICKET_VOID_AFTER_HANDOVER', { at: clockTime(handedOverAt) });
  }
  if (!own || handedOverAt || input.countersign) {
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, ['manager']);
  }
  const amount = sale.amount_fen ?? 0;
  if (sale.payment_method === 'cash') {
    const balance = await cashBalance(ctx.db, actor.id);
    if (balance < amount) {
      throw new AppError('CASH_INSUFFICIENT', {
        name: actor.name,
        balance: formatFen(balance),
        wanted: formatFen(amount),
      });
    }
  }
  const row = await append(ctx, {
    type_id: sale.type_id,
    kind: 'voided',
    delta: -sale.delta,
    unit_price_fen: sale.unit_price_fen,
    amount_fen: amount,
    payment_method: sale.payment_method,
    voids_id: sale.id,
    reason: input.reason,
    countersigned_by: ctx.countersigner?.id ?? null,
  });
  if (sale.payment_method === 'cash') {
    await recordCashMovement(ctx, {
      holderId: actor.id,
      kind: 'void',
      deltaFen: -amount,
      ticketMovementId: row.id,
    });
  }
  return finish(ctx, row);
}

/** `HH:MM` on the desk's clock. */
function clockTime(instant: string): string {
  const d = new Date(instant);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export async function returnToCinema(
  ctx: CallContext,
  input: { typeId: number; count: number; reason?: string },
): Promise<MovementView> {
  const type = await requireType(ctx.db, input.typeId);
  await requireStock(ctx, type.id, type.name, input.count);
  const row = await append(ctx, {
    type_id: type.id,
    kind: 'returned',
    delta: -input.count,
    reason: input.reason ?? null,
  });
  return finish(ctx, row);
}

/** A counted stock that differs from the ledger, set right with a reason; the router has checked the manager's PIN. */
export async function adjustStock(
  ctx: CallContext,
  input: { typeId: number; countedOnHand: number; reason: string },
): Promise<MovementView> {
  const type = await requireType(ctx.db, input.typeId);
  const onHand = await onHandOf(ctx.db, type.id);
  const delta = input.countedOnHand - onHand;
  if (delta === 0) throw new AppError('TICKET_ADJUST_NOTHING', { onHand });
  const row = await append(ctx, {
    type_id: type.id,
    kind: 'adjusted',
    delta,
    reason: input.reason,
    countersigned_by: ctx.countersigner?.id ?? null,
  });
  return finish(ctx, row);
}
