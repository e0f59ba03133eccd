import type { DeskSnapshot, KeyLine } from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole } from '../../../../shared/domain/roles';
import { requireActor, type ReadCallContext } from '../../context';
import { cashBalance } from '../cash/custody';
import { boardViews } from '../keys/state';
import { waitingMail } from '../mail';
import { expectedStock } from '../tickets/stock';
import { latestItemCounts, listHandovers } from './records';
import { listTasks } from './tasks';
import { countingBlind, withholdFigures } from './blind';

/**
 * What the ledgers say the desk holds now, read through each ledger's own service: the key
 * board, the mail register, the ticket stock and the outgoing person's ticket cash. The form
 * fills itself from this, and acknowledgement re-reads it, so what is confirmed is what the
 * ledgers hold at that instant, not what a browser tab showed earlier.
 */
export async function keyLines(ctx: ReadCallContext): Promise<KeyLine[]> {
  const keys = await boardViews(ctx, false);
  return keys.flatMap((k) =>
    k.copyStates.map((c) => ({
      keyId: k.id,
      tag: k.tag,
      name: k.name,
      copyNo: c.copyNo,
      state: c.state,
      holderName: c.holder?.name ?? null,
      place: k.homePlace,
      holderId: c.holder?.userId ?? null,
      restricted: k.restricted,
    })),
  );
}

/**
 * Whose cash a snapshot may show: one's own, the outgoing person's of a handover still waiting
 * for the caller to take over, or anyone's for a manager (SPEC §6: others see their own cash).
 */
export async function snapshotFor(ctx: ReadCallContext, fromId: number | undefined): Promise<DeskSnapshot> {
  const actor = requireActor(ctx);
  const from = fromId ?? actor.id;
  if (hasAnyRole(actor.roles, ['manager', 'deputy', 'admin'])) return deskSnapshot(ctx, from);
  const incoming = (await listHandovers(ctx, { personId: actor.id, acknowledged: false })).filter(
    (h) => h.toId === actor.id,
  );
  if (from !== actor.id && !incoming.some((h) => h.fromId === from)) {
    throw new AppError('FORBIDDEN', { roles: 'manager' });
  }
  // Counting blind, the desk's figures are withheld from her own snapshot as well: the stock
  // and the items are the same desk's (only her own cash stays hers to see).
  const counting = incoming.filter((h) => from === actor.id || h.fromId === from);
  for (const h of counting) {
    if (await countingBlind(ctx, h)) return withholdFigures(await deskSnapshot(ctx, from), from === actor.id);
  }
  return deskSnapshot(ctx, from);
}

/** The desk's figures in full, as the services compare and record them. */
export interface DeskFigures extends Omit<DeskSnapshot, 'items' | 'tickets' | 'cashExpectedFen'> {
  items: { name: string; count: number }[];
  tickets: { typeId: number; name: string; expected: number }[];
  cashExpectedFen: number;
}

export async function deskSnapshot(ctx: ReadCallContext, fromId: number): Promise<DeskFigures> {
  const stock = await expectedStock(ctx.db);
  return {
    openTasks: await listTasks(ctx, { openNow: true }),
    items: await latestItemCounts(ctx),
    keys: await keyLines(ctx),
    mail: (await waitingMail(ctx)).map((m) => ({
      mailId: m.id,
      recipient: m.recipient,
      kind: m.kind,
      count: m.count,
    })),
    tickets: stock
      .filter((s) => s.active || s.onHand !== 0)
      .map((s) => ({ typeId: s.typeId, name: s.name, expected: s.onHand })),
    cashExpectedFen: await cashBalance(ctx.db, fromId),
  };
}
