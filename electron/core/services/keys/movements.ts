import { AppError } from '../../../../shared/domain/errors';
import { normalizePhone } from '../../../../shared/domain/phone';
import type { KeyCopyState } from '../../../../shared/domain/vocab';
import { requireActor, type Actor, type CallContext, type ReadCallContext } from '../../context';
import { verifyCountersign } from '../../auth/secretChecks';
import { loadActor } from '../users';
import { requireKeyByTag } from './register';
import { copyKey, latestMovements, stateAfter, type KeyRow, type MovementRow } from './state';

type Holder = { kind: 'staff'; userId: number } | { kind: 'outside'; name: string; phone: string };
type Countersign = { userId: number; secret: string };

interface MovementFields {
  holder_user_id?: number | null;
  holder_name?: string | null;
  holder_phone?: string | null;
  purpose?: string | null;
  due_back?: string | null;
  reason?: string | null;
  countersigned_by?: number | null;
}

/** A copy of a key as it stands now, from its latest movement. */
interface CopyNow {
  key: KeyRow;
  copyNo: number;
  latest: MovementRow | undefined;
  state: KeyCopyState;
}

async function copiesNow(ctx: ReadCallContext, key: KeyRow): Promise<CopyNow[]> {
  const latest = await latestMovements(ctx, [key.id]);
  return Array.from({ length: key.copies }, (_, i) => {
    const m = latest.get(copyKey(key.id, i + 1));
    return { key, copyNo: i + 1, latest: m, state: m ? stateAfter(m.kind) : 'home' };
  });
}

async function holderLabel(ctx: ReadCallContext, m: MovementRow | undefined): Promise<string> {
  if (!m) return '';
  if (m.holder_name !== null) return m.holder_name;
  return ctx.staffNames().get(m.holder_user_id ?? 0) ?? '';
}

async function refuseUnlessOut(ctx: ReadCallContext, copy: CopyNow): Promise<CopyNow> {
  if (copy.state === 'lost') throw new AppError('KEY_LOST', { tag: copy.key.tag, copy: copy.copyNo });
  if (copy.state === 'home') throw new AppError('KEY_HOME', { tag: copy.key.tag });
  return copy;
}

function pickCopy(key: KeyRow, copies: CopyNow[], copyNo: number | undefined): CopyNow | undefined {
  if (copyNo === undefined) return undefined;
  const copy = copies[copyNo - 1];
  if (!copy) throw new AppError('KEY_COPY_NOT_FOUND', { tag: key.tag, copy: copyNo });
  return copy;
}

/** The copy to issue: the one named, else the first at home. */
async function copyToIssue(ctx: ReadCallContext, key: KeyRow, copyNo?: number): Promise<CopyNow> {
  const copies = await copiesNow(ctx, key);
  const chosen = pickCopy(key, copies, copyNo) ?? copies.find((c) => c.state === 'home');
  const copy = chosen ?? copies.find((c) => c.state === 'out') ?? copies[0]!;
  if (copy.state === 'out') {
    throw new AppError('KEY_OUT', { tag: key.tag, holder: await holderLabel(ctx, copy.latest) });
  }
  if (copy.state === 'lost') throw new AppError('KEY_LOST', { tag: key.tag, copy: copy.copyNo });
  return copy;
}

/** The copy that is out: the one named, else the only one out. */
async function copyOut(ctx: ReadCallContext, key: KeyRow, copyNo?: number): Promise<CopyNow> {
  const copies = await copiesNow(ctx, key);
  const named = pickCopy(key, copies, copyNo);
  if (named) return refuseUnlessOut(ctx, named);
  const out = copies.filter((c) => c.state === 'out');
  if (out.length > 1) throw new AppError('KEY_COPY_AMBIGUOUS', { tag: key.tag });
  if (out.length === 0) throw new AppError('KEY_HOME', { tag: key.tag });
  return out[0]!;
}

/**
 * Appends the copy's next movement. seq = last + 1 is read inside the call's IMMEDIATE
 * transaction; the database's UNIQUE (key, copy, seq) and its state trigger back this up.
 */
async function appendMovement(
  ctx: CallContext,
  copy: CopyNow,
  kind: MovementRow['kind'],
  fields: MovementFields,
): Promise<MovementRow> {
  return ctx.writer.insert('key_movements', {
    key_id: copy.key.id,
    copy_no: copy.copyNo,
    seq: (copy.latest?.seq ?? 0) + 1,
    kind,
    holder_user_id: fields.holder_user_id ?? null,
    holder_name: fields.holder_name ?? null,
    holder_phone: fields.holder_phone ?? null,
    by_user_id: requireActor(ctx).id,
    countersigned_by: fields.countersigned_by ?? null,
    purpose: fields.purpose ?? null,
    due_back: fields.due_back ?? null,
    reason: fields.reason ?? null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
}

async function requireStaff(ctx: ReadCallContext, userId: number): Promise<number> {
  if (!(await loadActor(ctx.db, userId))) throw new AppError('USER_NOT_FOUND', { id: userId });
  return userId;
}

async function holderColumns(ctx: ReadCallContext, holder: Holder): Promise<MovementFields> {
  if (holder.kind === 'staff') return { holder_user_id: await requireStaff(ctx, holder.userId) };
  const phone = normalizePhone(holder.phone);
  if (!phone) throw new AppError('INVALID_PHONE', { phone: holder.phone });
  return { holder_name: holder.name, holder_phone: phone };
}

export interface IssueInput {
  tag: string;
  copyNo?: number;
  holder: Holder;
  purpose: string;
  dueBack?: string;
  countersign?: Countersign;
}

export async function issueKey(ctx: CallContext, input: IssueInput): Promise<KeyRow> {
  const key = await requireKeyByTag(ctx, input.tag);
  if (key.retired_at !== null) throw new AppError('KEY_RETIRED', { tag: key.tag });
  const copy = await copyToIssue(ctx, key, input.copyNo);
  const dueBack = input.dueBack === undefined ? null : new Date(input.dueBack).toISOString();
  if (dueBack !== null && dueBack <= ctx.at) throw new AppError('KEY_DUE_PAST');
  const holder = await holderColumns(ctx, input.holder);
  if (key.restricted === 1) {
    // Verified before anything is written; the audit row names the countersigner too.
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, ['manager']);
  }
  await appendMovement(ctx, copy, 'issued', {
    ...holder,
    purpose: input.purpose,
    due_back: dueBack,
    countersigned_by: ctx.countersigner?.id ?? null,
  });
  return key;
}

/** The signed-in person receives the copy back; it is home again. */
export async function returnKey(ctx: CallContext, tag: string, copyNo?: number): Promise<KeyRow> {
  const key = await requireKeyByTag(ctx, tag);
  await appendMovement(ctx, await copyOut(ctx, key, copyNo), 'returned', {});
  return key;
}

/** Who may take a copy over: a staff member other than its holder now. */
async function refuseUnlessNewHolder(ctx: ReadCallContext, copy: CopyNow, toUserId: number): Promise<number> {
  if (copy.latest!.holder_user_id === toUserId) throw new AppError('KEY_SAME_HOLDER');
  return requireStaff(ctx, toUserId);
}

/**
 * The restricted key (销控专用抽屉) passes from holder to holder only with a manager's PIN, as it
 * is issued (000:721): the countersigner is checked before anything is written and recorded on
 * the movement. Other keys pass on the holder's word: null.
 */
async function restrictedCountersigner(
  ctx: CallContext,
  key: KeyRow,
  countersign: Countersign | undefined,
): Promise<Actor | null> {
  if (key.restricted !== 1) return null;
  return verifyCountersign(ctx, countersign, ['manager']);
}

async function passTo(ctx: CallContext, copy: CopyNow, toUserId: number, countersignedBy: number | null) {
  const latest = copy.latest!;
  // The purpose and due-back time stay with the copy: the new holder answers for the same issue.
  await appendMovement(ctx, copy, 'handed_over', {
    holder_user_id: toUserId,
    purpose: latest.purpose,
    due_back: latest.due_back,
    countersigned_by: countersignedBy,
  });
}

export async function handOverKey(
  ctx: CallContext,
  tag: string,
  copyNo: number | undefined,
  toUserId: number,
  countersign?: Countersign,
): Promise<KeyRow> {
  const key = await requireKeyByTag(ctx, tag);
  const copy = await copyOut(ctx, key, copyNo);
  await refuseUnlessNewHolder(ctx, copy, toUserId);
  const manager = await restrictedCountersigner(ctx, key, countersign);
  // The audit row names the manager too.
  if (manager) ctx.countersigner = manager;
  await passTo(ctx, copy, toUserId, manager?.id ?? null);
  return key;
}

/**
 * For the shift handover (SPEC §5): every copy held by the outgoing desk person passes to the
 * incoming one, as `handed_over` movements written in the caller's transaction. Keys at home
 * need no movement: they are on the board, in the desk's custody whoever is on shift. A
 * restricted copy passes only with a manager's `countersign` (refused without, before anything
 * moves). Call it from the handover service once the incoming person has acknowledged; it
 * returns what moved.
 */
export async function handOverDeskKeys(
  ctx: CallContext,
  fromUserId: number,
  toUserId: number,
  countersign?: Countersign,
): Promise<{ tag: string; copyNo: number }[]> {
  const keys = await ctx.db.selectFrom('keys').selectAll().orderBy('tag').execute();
  const passing: { copy: CopyNow; countersignedBy: number | null }[] = [];
  let manager: Actor | null = null;
  for (const key of keys) {
    for (const copy of await copiesNow(ctx, key)) {
      if (copy.state !== 'out' || copy.latest?.holder_user_id !== fromUserId) continue;
      if (key.restricted === 1) manager ??= await restrictedCountersigner(ctx, key, countersign);
      passing.push({ copy, countersignedBy: key.restricted === 1 ? manager!.id : null });
    }
  }
  for (const { copy, countersignedBy } of passing) await passTo(ctx, copy, toUserId, countersignedBy);
  return passing.map(({ copy }) => ({ tag: copy.key.tag, copyNo: copy.copyNo }));
}

export async function reportLost(ctx: CallContext, tag: string, copyNo: number, reason: string) {
  const key = await requireKeyByTag(ctx, tag);
  const copy = pickCopy(key, await copiesNow(ctx, key), copyNo)!;
  if (copy.state === 'lost') throw new AppError('KEY_LOST', { tag: key.tag, copy: copyNo });
  await appendMovement(ctx, copy, 'lost', { reason });
  return key;
}

export async function markFound(ctx: CallContext, tag: string, copyNo: number, reason?: string) {
  const key = await requireKeyByTag(ctx, tag);
  const copy = pickCopy(key, await copiesNow(ctx, key), copyNo)!;
  if (copy.state !== 'lost') throw new AppError('KEY_NOT_LOST', { tag: key.tag, copy: copyNo });
  await appendMovement(ctx, copy, 'found', { reason: reason ?? null });
  return key;
}

/** Why a copy stays out tonight (day-close key check); the latest note counts. */
export async function explainOvernight(ctx: CallContext, tag: string, copyNo: number, reason: string) {
  const key = await requireKeyByTag(ctx, tag);
  const copy = await refuseUnlessOut(ctx, pickCopy(key, await copiesNow(ctx, key), copyNo)!);
  await ctx.writer.insert('key_overnight_notes', {
    movement_id: copy.latest!.id,
    reason,
    by_user_id: requireActor(ctx).id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
}
