import type { DeskCheckView } from '../../../../shared/contract/checks';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole, type Role } from '../../../../shared/domain/roles';
import { DESK_CHECK_KIND_LABELS, ROLE_LABELS, type DeskCheckKind } from '../../../../shared/domain/vocab';
import { checkSecret } from '../../auth/secretChecks';
import { findUser, rolesOf } from '../../auth/users';
import { localTime } from '../../clock';
import { isClosed } from '../../closedDateQueries';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { checksOf, inForce } from './state';

/**
 * Who signs: the opening check is the first receptionist's (the assistant stands in for the
 * desk, 000:605); the closing check, part of the day close, also the manager or deputy.
 */
export const SIGNERS: Record<DeskCheckKind, readonly Role[]> = {
  opening: ['receptionist', 'assistant'],
  closing: ['receptionist', 'assistant', 'manager', 'deputy'],
};

export function checklistOf(ctx: ReadCallContext, kind: DeskCheckKind): string[] {
  return kind === 'opening' ? ctx.settings.openingChecklist : ctx.settings.closingChecklist;
}

export interface SignInput {
  kind: DeskCheckKind;
  date?: string;
  items: { name: string; ticked: boolean; note?: string }[];
  signer: { userId: number; secret: string };
  reason?: string;
}

function listFor(ctx: ReadCallContext, items: string[]): string {
  return items.join(ctx.locale === 'en' ? ', ' : '、');
}

/** Every item of the checklist once, nothing else; an item not ticked says why. */
function requireItems(ctx: ReadCallContext, kind: DeskCheckKind, items: SignInput['items']) {
  const list = checklistOf(ctx, kind);
  const label = DESK_CHECK_KIND_LABELS[kind][ctx.locale];
  if (list.length === 0) throw new AppError('CHECK_EMPTY_LIST', { kind: label });
  const given = items.map((i) => i.name);
  const missing = list.filter((name) => !given.includes(name));
  const extra = given.filter((name, i) => !list.includes(name) || given.indexOf(name) !== i);
  if (missing.length > 0 || extra.length > 0) {
    throw new AppError('CHECK_ITEMS_MISMATCH', { items: listFor(ctx, [...missing, ...extra]) });
  }
  for (const item of items) {
    if (!item.ticked && !item.note?.trim()) throw new AppError('CHECK_NOTE_REQUIRED', { item: item.name });
  }
  return list.map((name) => items.find((i) => i.name === name)!);
}

/**
 * Signs a check of a date: the checklist of the settings, each item ticked or noted, signed with
 * the signer's own PIN in the same form. A date checked already is checked again only with a
 * reason (a new version; the earlier one stays).
 */
export async function signCheck(ctx: CallContext, input: SignInput): Promise<DeskCheckView> {
  const actor = requireActor(ctx);
  const date = input.date ?? ctx.businessDate;
  const kindLabel = DESK_CHECK_KIND_LABELS[input.kind][ctx.locale];
  if (date > businessDateOf(ctx.now, ctx.settings.dayCutoff) && date > ctx.businessDate) {
    throw new AppError('CHECK_DATE_FUTURE', { date });
  }
  if (await isClosed(ctx.db, date)) throw new AppError('DAY_CLOSED', { date });
  const items = requireItems(ctx, input.kind, input.items);
  const earlier = await checksOf(ctx, date);
  const current = inForce(earlier, input.kind);
  if (current && !input.reason) {
    throw new AppError('CHECK_ALREADY_SIGNED', {
      date,
      kind: kindLabel,
      name: current.signedBy,
      at: localTime(current.at),
    });
  }
  const signer = await findUser(ctx.db, input.signer.userId);
  if (!signer) throw new AppError('USER_NOT_FOUND', { id: input.signer.userId });
  const roles = SIGNERS[input.kind];
  if (!hasAnyRole(rolesOf(signer), roles)) {
    throw new AppError('CHECK_SIGNER_ROLE', {
      name: signer.name,
      kind: kindLabel,
      roles: listFor(
        ctx,
        roles.map((r) => ROLE_LABELS[r][ctx.locale]),
      ),
    });
  }
  await checkSecret(ctx, signer, input.signer.secret, 'countersign');
  if (signer.id !== actor.id)
    ctx.countersigner = { id: signer.id, name: signer.name, roles: rolesOf(signer) };
  const check = await ctx.writer.insert('desk_checks', {
    kind: input.kind,
    for_date: date,
    version: (current?.version ?? 0) + 1,
    signed_by: signer.id,
    reason: current ? input.reason! : null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  for (const [i, item] of items.entries()) {
    await ctx.writer.insert('desk_check_items', {
      check_id: check.id,
      position: i + 1,
      name: item.name,
      ticked: item.ticked ? 1 : 0,
      note: item.note?.trim() || null,
    });
  }
  return inForce(await checksOf(ctx, date), input.kind)!;
}
