import { SIGNING_ROLES, type CloseRecord, type SigningRole } from '../../../../shared/contract/dayclose';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { hasAnyRole } from '../../../../shared/domain/roles';
import {
  requireActor,
  type Actor,
  type CallContext,
  type DeskHost,
  type ReadCallContext,
} from '../../context';
import { checkSecret } from '../../auth/secretChecks';
import { cashAtDateEnd } from './carriedCash';
import { keyDayCheck } from '../keys';
import { recordCountedFigures } from '../tickets/counts';
import { expectedStock } from '../tickets/stock';
import { findUser, rolesOf } from '../../auth/users';
import type { ReadableDB } from '../../../../db/access';
import { unacknowledgedHandovers } from './handoverCheck';
import { cashCountsOf, closeRecordOf, type StoredKeyCheck } from './record';
import { requireClosable, requireCount } from './rules';
import { isClosed } from '../../closedDateQueries';
import { closedDatesAfter, eventsOf } from './events';
import { requireClosingCheck } from '../checks';
import { recordCloseHead } from '../audit';
import { requireTakingsConfirmed } from './takings';

type Signature = { userId: number; secret: string };

/** A ticket type the close counts: its stock at the end of the date, and what is on hand now. */
export interface CountableType {
  typeId: number;
  name: string;
  expected: number;
  onHandNow: number;
}

export interface CloseInput {
  businessDate: string;
  stock: { typeId: number; counted: number; explanation?: string }[];
  signatures: Record<SigningRole, Signature>;
}

/** Lists in a refusal read as the language of the desk asking. */
function listFor(ctx: ReadCallContext, items: string[]): string {
  return items.join(ctx.locale === 'en' ? ', ' : '、');
}

/**
 * Every piece of the date's ticket cash is with the cashier, but what a stand-in carries
 * overnight (留存, 000:605): nobody else at the desk still holds any of what was taken in up to
 * the end of the date (what came in on a later date is that date's), and the date's cash was
 * counted at least once.
 */
async function requireCashHanded(ctx: ReadCallContext, date: string): Promise<void> {
  const { held } = await cashAtDateEnd(ctx, date);
  if (held.length > 0) {
    const who = listFor(
      ctx,
      held.map((h) => `${h.name} ${formatFen(h.balanceFen)}`),
    );
    throw new AppError('DAYCLOSE_CASH_NOT_HANDED', { who });
  }
  if ((await cashCountsOf(ctx.db, date)).length === 0) {
    throw new AppError('DAYCLOSE_CASH_NOT_COUNTED', { date });
  }
}

/** The ticket types a close counts: those in use, or with tickets at the date's end or now. */
export async function typesToCount(db: ReadableDB, date: string): Promise<CountableType[]> {
  const now = new Map((await expectedStock(db)).map((t) => [t.typeId, t.onHand]));
  return (await expectedStock(db, { businessDate: date }))
    .map((t) => ({ ...t, onHandNow: now.get(t.typeId) ?? 0 }))
    .filter((t) => t.active || t.onHand !== 0 || t.onHandNow !== 0)
    .map((t) => ({ typeId: t.typeId, name: t.name, expected: t.onHand, onHandNow: t.onHandNow }));
}

/** Every type in use or with tickets on hand is counted, once, in whole tickets. */
export async function requireStockCounted(
  ctx: ReadCallContext,
  date: string,
  stock: { typeId: number; counted: number }[],
): Promise<CountableType[]> {
  const seen = new Set<number>();
  const types = await typesToCount(ctx.db, date);
  const all = await expectedStock(ctx.db);
  const nameOf = (id: number) => all.find((t) => t.typeId === id)?.name ?? `#${id}`;
  for (const line of stock) {
    requireCount(nameOf(line.typeId), line.counted);
    if (seen.has(line.typeId)) throw new AppError('DAYCLOSE_STOCK_TWICE', { type: nameOf(line.typeId) });
    seen.add(line.typeId);
  }
  const missing = types.filter((t) => !seen.has(t.typeId));
  if (missing.length > 0) {
    throw new AppError('DAYCLOSE_STOCK_MISSING', {
      types: listFor(
        ctx,
        missing.map((t) => t.name),
      ),
    });
  }
  return types;
}

/** Key check: every copy home, or out overnight with its reason (SPEC §7, §8 step 3). */
async function requireKeysChecked(ctx: ReadCallContext): Promise<StoredKeyCheck> {
  const check = await keyDayCheck(ctx);
  const out = check.items.filter((i) => i.state === 'out');
  const unexplained = out.filter((i) => i.overnightReason === null);
  if (unexplained.length > 0) {
    const keys = unexplained.map((i) => `${i.tag}#${i.copyNo}${i.holder ? ` (${i.holder.name})` : ''}`);
    throw new AppError('DAYCLOSE_KEYS_OUT', { keys: listFor(ctx, keys) });
  }
  return {
    complete: check.complete,
    out: out.map((i) => ({
      tag: i.tag,
      name: i.name,
      copyNo: i.copyNo,
      holder: i.holder?.name ?? null,
      reason: i.overnightReason,
    })),
  };
}

/**
 * A signature is the person's own PIN typed at the desk: any user holding the role, the one
 * signed in included (the receptionist usually is). A wrong PIN is counted as at sign-in.
 */
async function signatureOf(ctx: CallContext, role: SigningRole, signature: Signature): Promise<Actor> {
  const user = await findUser(ctx.db, signature.userId);
  if (!user) throw new AppError('USER_NOT_FOUND', { id: signature.userId });
  const roles = rolesOf(user);
  if (!hasAnyRole(roles, [role])) throw new AppError('COUNTERSIGN_ROLE', { name: user.name, roles: role });
  await checkSecret(ctx, user, signature.secret, 'countersign');
  return { id: user.id, name: user.name, roles };
}

/** The day-close backup (SPEC §9), taken once the close has committed and no call is running. */
async function backupAfterClose(host: DeskHost, keep: number): Promise<void> {
  await host.backupBetweenCalls('dayclose', keep);
}

/**
 * SPEC §8: the close of one business date, in the order of the guided close. Each check refuses
 * with what is missing, before anything is written; then the counts, the close event and the
 * three signatures are written together, and the day's backup is taken once it has committed.
 */
export async function closeDay(ctx: CallContext, input: CloseInput): Promise<CloseRecord> {
  const actor = requireActor(ctx);
  const date = input.businessDate;
  await requireClosable(ctx, date);
  const unacknowledged = await unacknowledgedHandovers(ctx, date);
  if (unacknowledged.length > 0) {
    throw new AppError('DAYCLOSE_HANDOVER_UNACKNOWLEDGED', { which: listFor(ctx, unacknowledged) });
  }
  const types = await requireStockCounted(ctx, date, input.stock);
  await requireCashHanded(ctx, date);
  await requireTakingsConfirmed(ctx, date); // non-cash takings against the cashier's statements
  const keyCheck = await requireKeysChecked(ctx);
  await requireClosingCheck(ctx, date); // doors, power, items locked away (000:625, 727)
  const signers = new Set(Object.values(input.signatures).map((s) => s.userId));
  if (signers.size !== SIGNING_ROLES.length) throw new AppError('DAYCLOSE_SIGNERS_SAME');
  const signed: [SigningRole, Actor][] = [];
  for (const role of SIGNING_ROLES) {
    signed.push([role, await signatureOf(ctx, role, input.signatures[role])]);
  }
  // The audit row names one second person: the manager, who locks the date.
  ctx.countersigner = signed.find(([role]) => role === 'manager')![1];

  // The drawer is counted as it is now; each count is referred to the end of the date by taking
  // out what moved the stock on later dates, so a variance reads the same either way.
  const lines = await recordCountedFigures(ctx, { occasion: 'day_close', stock: input.stock });
  const seq = (await eventsOf(ctx.db, date)).length + 1;
  const event = await ctx.writer.insert('day_close_events', {
    for_date: date,
    seq,
    kind: 'closed',
    at: ctx.at,
    actor_id: actor.id,
    reason: null,
    key_check: JSON.stringify(keyCheck),
  });
  const eventId = event.id;
  const all = await expectedStock(ctx.db, { businessDate: date });
  for (const line of lines) {
    const type = all.find((t) => t.typeId === line.typeId);
    const afterwards = line.expected - (type?.onHand ?? 0);
    const counted = line.counted - afterwards;
    if (counted < 0) {
      throw new AppError('DAYCLOSE_COUNT_INVALID', {
        what: type?.name ?? `#${line.typeId}`,
        value: String(counted),
      });
    }
    await ctx.writer.insert('day_close_stock', {
      event_id: eventId,
      type_id: line.typeId!,
      type_name: type?.name ?? types.find((t) => t.typeId === line.typeId)?.name ?? `#${line.typeId}`,
      expected: line.expected - afterwards,
      counted,
      variance: line.variance,
      explanation: line.explanation,
      ticket_count_id: line.id,
    });
  }
  for (const [role, person] of signed) {
    await ctx.writer.insert('day_close_signatures', {
      event_id: eventId,
      role,
      user_id: person.id,
      at: ctx.at,
    });
  }
  await recordCloseHead(ctx, date); // the fingerprint 台账指纹 its sheet prints (services/audit)
  const host = ctx.host;
  if (host) ctx.afterCall(() => backupAfterClose(host, ctx.settings.backupKeep));
  return (await closeRecordOf(ctx, date))!;
}

/**
 * Reopening a closed date: the manager's act, with a reason, recorded as its own event. Only
 * while no later date is closed: a later date's opening figures are this date's closing ones,
 * and a closed date's figures never change.
 */
export async function reopenDay(
  ctx: CallContext,
  input: { businessDate: string; reason: string },
): Promise<CloseRecord> {
  const actor = requireActor(ctx);
  if (!(await isClosed(ctx.db, input.businessDate))) {
    throw new AppError('DAYCLOSE_NOT_CLOSED', { date: input.businessDate });
  }
  const later = await closedDatesAfter(ctx.db, input.businessDate);
  if (later.length > 0) {
    throw new AppError('DAYCLOSE_LATER_CLOSED', { date: input.businessDate, later: listFor(ctx, later) });
  }
  const seq = (await eventsOf(ctx.db, input.businessDate)).length + 1;
  await ctx.writer.insert('day_close_events', {
    for_date: input.businessDate,
    seq,
    kind: 'reopened',
    at: ctx.at,
    actor_id: actor.id,
    reason: input.reason,
    key_check: null,
  });
  return (await closeRecordOf(ctx, input.businessDate))!;
}
