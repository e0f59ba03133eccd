import type { AckSnapshot, HandoverView } from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { requireActor, type CallContext } from '../../context';
import { checkSecret, verifyCountersign } from '../../auth/secretChecks';
import { passCashCustody } from '../cash/transfers';
import { handOverDeskKeys } from '../keys';
import { postNotification } from '../../notifications';
import { recordCountedFigures } from '../tickets/counts';
import { findUser } from '../../auth/users';
import { compareCounts, type CountsInput } from './compare';
import { DESK_ROLES, handoverView, refuseIfLocked, requireHandover } from './records';
import { listTasks } from './tasks';

export interface AcknowledgeInput extends CountsInput {
  countersign: { userId: number; secret: string };
  reviewedDifferences: number;
  reviewed?: { section: string; label: string; expected: string; counted: string }[];
  restrictedCountersign?: { userId: number; secret: string };
  note?: string;
}

/**
 * The incoming person's PIN: typed into the outgoing person's session as a countersign, or, when
 * the incoming person is signed in themselves (the morning after a night shift, 000:297), typed
 * again to sign. Either way only the incoming person named on the handover can acknowledge it.
 */
async function signByIncoming(ctx: CallContext, input: AcknowledgeInput, toId: number, toName: string) {
  const actor = requireActor(ctx);
  if (input.countersign.userId !== toId) throw new AppError('HANDOVER_WRONG_RECEIVER', { name: toName });
  if (actor.id === toId) {
    const me = await findUser(ctx.db, toId);
    if (!me) throw new AppError('USER_NOT_FOUND', { id: toId });
    await checkSecret(ctx, me, input.countersign.secret, 'countersign');
  } else {
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, DESK_ROLES);
  }
}

/**
 * Acknowledgement, in one transaction: re-reads the ledgers and compares what the incoming
 * person counted and answered (every line, none skipped), checks that the differences are the
 * ones the review showed them, records the counts in the ticket ledger, passes the outgoing
 * person's keys (a restricted one with the manager's PIN) and ticket cash to the incoming one
 * through those ledgers' services, writes the differences on the handover, locks it, and tells
 * the manager about any difference. A refusal anywhere (a line unanswered, wrong PIN, an
 * unexplained ticket variance) leaves every ledger as it was.
 */
export async function acknowledgeHandover(ctx: CallContext, input: AcknowledgeInput): Promise<HandoverView> {
  const h = await requireHandover(ctx, input.handoverId);
  await refuseIfLocked(ctx, h);
  const actor = requireActor(ctx);
  if (actor.id !== h.fromId && actor.id !== h.toId) {
    throw new AppError('HANDOVER_NOT_YOURS', { name: h.fromName });
  }
  const { snap, items, keys, mail, tickets, differences } = await compareCounts(ctx, h, input);
  // The differences are confirmed before the PIN: if the ledgers moved since, review again.
  const line = (d: { section: string; label: string; expected: string; counted: string }) =>
    JSON.stringify([d.section, d.label, d.expected, d.counted]);
  const seen = input.reviewed?.map(line);
  if (
    differences.length !== input.reviewedDifferences ||
    (seen !== undefined &&
      (seen.length !== differences.length || differences.some((d, i) => line(d) !== seen[i])))
  ) {
    throw new AppError('HANDOVER_REVIEW_STALE', { count: differences.length });
  }
  const restrictedPasses = keys.some((k) => k.restricted && k.state === 'out' && k.holderId === h.fromId);
  if (restrictedPasses && !input.restrictedCountersign) {
    throw new AppError('COUNTERSIGN_REQUIRED', { roles: 'manager' });
  }
  await signByIncoming(ctx, input, h.toId, h.toName);

  // Counted figures go into the ticket ledger (帐实相符); it refuses an unexplained variance.
  await recordCountedFigures(ctx, {
    occasion: 'handover',
    stock: input.tickets.filter((t) => snap.tickets.some((s) => s.typeId === t.typeId)),
    cash: { holderId: h.fromId, countedFen: input.cash.countedFen, explanation: input.cash.explanation },
  });

  // Custody passes in the same transaction, through the keys and cash services.
  const keysPassed = await handOverDeskKeys(ctx, h.fromId, h.toId, input.restrictedCountersign);
  const passed = await passCashCustody(ctx, {
    fromId: h.fromId,
    toId: h.toId,
    countedFen: input.cash.countedFen,
    explanation: input.cash.explanation,
  });

  const snapshot: AckSnapshot = {
    items,
    keys,
    mail,
    tickets,
    cash: {
      expectedFen: snap.cashExpectedFen,
      countedFen: input.cash.countedFen,
      passedFen: passed?.amountFen ?? 0,
    },
    openTasks: (await listTasks(ctx, { openNow: true })).map((t) => ({ id: t.id, text: t.text })),
    keysPassed,
    note: input.note ?? null,
  };
  await ctx.writer.insert('handover_acks', {
    handover_id: h.id,
    acknowledged_by: h.toId,
    at: ctx.at,
    business_date: ctx.businessDate,
    snapshot: JSON.stringify(snapshot),
    difference_count: differences.length,
  });
  for (const i of items) await ctx.writer.insert('handover_item_lines', { handover_id: h.id, ...i });
  for (const { section, label, expected, counted, note } of differences) {
    await ctx.writer.insert('handover_differences', {
      handover_id: h.id,
      section,
      label,
      expected,
      counted,
      note,
    });
  }
  if (differences.length > 0) {
    await postNotification(ctx, {
      kind: 'handover_difference',
      severity: 'warning',
      titleKey: 'handoverDifference',
      params: { id: h.id, shift: h.shiftName, from: h.fromName, to: h.toName, count: differences.length },
      forRoles: ['manager'],
    });
  }
  return handoverView(ctx, h.id);
}
