import type { Selectable } from 'kysely';
import type { CashTransfersTable } from '../../../../db/schema';
import type { TransferView } from '../../../../shared/contract/cash';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { requireActor, type CallContext, type CallReader } from '../../context';
import { verifyCountersign } from '../../auth/secretChecks';
import { cashBalance, recordCashMovement } from './custody';
import { recordVariance } from './variances';

type TransferRow = Selectable<CashTransfersTable>;

export async function listTransfers(
  ctx: CallReader,
  filter: { personId?: number; ids?: number[]; businessDate?: string; limit: number },
): Promise<TransferView[]> {
  const rows = await ctx.db
    .selectFrom('cash_transfers')
    .selectAll()
    .$if(filter.personId !== undefined, (q) =>
      q.where((eb) => eb.or([eb('from_id', '=', filter.personId!), eb('to_id', '=', filter.personId!)])),
    )
    .$if(filter.ids !== undefined, (q) => q.where('id', 'in', filter.ids!))
    .$if(filter.businessDate !== undefined, (q) => q.where('business_date', '=', filter.businessDate!))
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  const names = ctx.staffNames();
  return rows.map((r: TransferRow) => ({
    id: r.id,
    at: r.at,
    businessDate: r.business_date,
    kind: r.kind,
    fromId: r.from_id,
    fromName: names.get(r.from_id) ?? `#${r.from_id}`,
    toId: r.to_id,
    toName: names.get(r.to_id) ?? `#${r.to_id}`,
    expectedFen: r.expected_fen,
    amountFen: r.amount_fen,
    varianceFen: r.kind === 'to_cashier' ? r.amount_fen - r.expected_fen : 0,
    explanation: r.explanation,
  }));
}

async function transferView(ctx: CallReader, id: number): Promise<TransferView> {
  const [view] = await listTransfers(ctx, { ids: [id], limit: 1 });
  if (!view) throw new Error(`cash transfer ${id} vanished inside its own transaction`);
  return view;
}

/**
 * The assistant's ticket cash moves to the receptionist on the next shift (000:605): both sides
 * recorded, the receiver countersigning with their PIN in the same dialog. The receiver is the
 * countersigner, so nobody can be named as receiver without typing their own PIN.
 */
export async function transferToColleague(
  ctx: CallContext,
  input: { amountFen: number; countersign: { userId: number; secret: string } },
): Promise<TransferView> {
  const actor = requireActor(ctx);
  if (input.countersign.userId === actor.id) throw new AppError('CASH_TRANSFER_SELF');
  const balance = await cashBalance(ctx.db, actor.id);
  if (input.amountFen > balance) {
    throw new AppError('CASH_INSUFFICIENT', {
      name: actor.name,
      balance: formatFen(balance),
      wanted: formatFen(input.amountFen),
    });
  }
  const receiver = await verifyCountersign(ctx, input.countersign, ['receptionist']);
  ctx.countersigner = receiver;
  const row = await ctx.writer.insert('cash_transfers', {
    at: ctx.at,
    business_date: ctx.businessDate,
    kind: 'to_colleague',
    from_id: actor.id,
    to_id: receiver.id,
    expected_fen: balance,
    amount_fen: input.amountFen,
    explanation: null,
  });
  await recordCashMovement(ctx, {
    holderId: actor.id,
    kind: 'transfer_out',
    deltaFen: -input.amountFen,
    transferId: row.id,
  });
  await recordCashMovement(ctx, {
    holderId: receiver.id,
    kind: 'transfer_in',
    deltaFen: input.amountFen,
    transferId: row.id,
  });
  return transferView(ctx, row.id);
}

/**
 * The receptionist hands all ticket cash to the cashier before leaving (000:597), counted; the
 * router has checked the cashier's PIN. A counted sum that differs from the ledger needs an
 * explanation and is booked as a variance (recorded for the manager to decide), so the
 * desk's custody is zero afterwards.
 *
 * `forDate` is the day close's: the cash of that business date (the custody at its end), booked
 * into that date, so a date closed the morning after, or reopened after the desk sold on, hands
 * in its own takings and leaves the later ones with the person. Without it, everything held now.
 */
export async function handToCashier(
  ctx: CallContext,
  input: { countedFen: number; explanation?: string; forDate?: string },
): Promise<TransferView> {
  const actor = requireActor(ctx);
  const cashier = ctx.countersigner;
  if (!cashier) throw new Error('handToCashier needs the countersign the router checks');
  const businessDate = input.forDate ?? ctx.businessDate;
  const expected = await cashBalance(
    ctx.db,
    actor.id,
    input.forDate === undefined ? {} : { businessDate: input.forDate },
  );
  if (expected === 0 && input.countedFen === 0) throw new AppError('CASH_NOTHING_TO_HAND');
  const variance = input.countedFen - expected;
  if (variance !== 0 && !input.explanation) {
    throw new AppError('VARIANCE_UNEXPLAINED', {
      counted: formatFen(input.countedFen),
      expected: formatFen(expected),
    });
  }
  const row = await ctx.writer.insert('cash_transfers', {
    at: ctx.at,
    business_date: businessDate,
    kind: 'to_cashier',
    from_id: actor.id,
    to_id: cashier.id,
    expected_fen: expected,
    amount_fen: input.countedFen,
    explanation: input.explanation ?? null,
  });
  if (variance !== 0) {
    await recordVariance(ctx, {
      occasion: 'hand_in',
      holderId: actor.id,
      foundById: cashier.id,
      expectedFen: expected,
      countedFen: input.countedFen,
      explanation: input.explanation!,
      transferId: row.id,
      businessDate,
    });
  }
  await recordCashMovement(ctx, {
    holderId: actor.id,
    kind: 'count_variance',
    deltaFen: variance,
    transferId: row.id,
    businessDate,
  });
  await recordCashMovement(ctx, {
    holderId: actor.id,
    kind: 'to_cashier',
    deltaFen: -input.countedFen,
    transferId: row.id,
    businessDate,
  });
  return transferView(ctx, row.id);
}

/**
 * For the shift handover (SPEC §5): ticket cash passes from the outgoing to the incoming person
 * inside the handover's transaction, the incoming person having already typed their PIN there.
 * `countedFen` is what the incoming person counted and took over; a difference from what the
 * ledger says the outgoing person holds is that person's variance (with the explanation the
 * count carried), booked first, so all of the counted cash passes and nobody keeps cash that
 * does not exist. Returns the transfer, or null when there was nothing to pass.
 */
export async function passCashCustody(
  ctx: CallContext,
  input: { fromId: number; toId: number; countedFen: number; explanation?: string },
): Promise<TransferView | null> {
  if (input.fromId === input.toId) throw new AppError('CASH_TRANSFER_SELF');
  const expected = await cashBalance(ctx.db, input.fromId);
  if (input.countedFen !== expected) {
    if (!input.explanation) {
      throw new AppError('VARIANCE_UNEXPLAINED', {
        counted: formatFen(input.countedFen),
        expected: formatFen(expected),
      });
    }
    await recordVariance(ctx, {
      occasion: 'handover',
      holderId: input.fromId,
      foundById: input.toId,
      expectedFen: expected,
      countedFen: input.countedFen,
      explanation: input.explanation,
    });
  }
  const amount = input.countedFen;
  if (amount <= 0) return null;
  const row = await ctx.writer.insert('cash_transfers', {
    at: ctx.at,
    business_date: ctx.businessDate,
    kind: 'to_colleague',
    from_id: input.fromId,
    to_id: input.toId,
    expected_fen: amount,
    amount_fen: amount,
    explanation: null,
  });
  await recordCashMovement(ctx, {
    holderId: input.fromId,
    kind: 'transfer_out',
    deltaFen: -amount,
    transferId: row.id,
  });
  await recordCashMovement(ctx, {
    holderId: input.toId,
    kind: 'transfer_in',
    deltaFen: amount,
    transferId: row.id,
  });
  return transferView(ctx, row.id);
}
