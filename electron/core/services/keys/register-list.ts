import { sql } from 'kysely';
import type { z } from 'zod';
import type { KeyMovementView, movementFilterSchema } from '../../../../shared/contract/keys';
import type { CallContext } from '../../context';
import { holderOf, staffNames } from './state';

export type MovementFilter = z.output<typeof movementFilterSchema>;

/** The movements register, newest first, narrowed by key, kind, business dates and person. */
export async function listMovements(
  ctx: CallContext,
  f: MovementFilter,
  options: { maskPhones?: boolean } = {},
): Promise<KeyMovementView[]> {
  const names = await staffNames(ctx);
  let q = ctx.db
    .selectFrom('key_movements as m')
    .innerJoin('keys as k', 'k.id', 'm.key_id')
    .selectAll('m')
    .select(['k.tag', 'k.name as key_name'])
    .orderBy('m.id', 'desc')
    .limit(f.limit);
  if (f.tag !== undefined) q = q.where('k.tag', '=', f.tag);
  if (f.kind !== undefined) q = q.where('m.kind', '=', f.kind);
  if (f.from !== undefined) q = q.where('m.business_date', '>=', f.from);
  if (f.to !== undefined) q = q.where('m.business_date', '<=', f.to);
  if (f.beforeId !== undefined) q = q.where('m.id', '<', f.beforeId);
  if (f.person !== undefined) {
    const needle = f.person;
    const staff = [...names].filter(([, name]) => name.includes(needle)).map(([id]) => id);
    const ids = staff.length ? staff : [-1];
    q = q.where((eb) =>
      eb.or([
        eb(sql<number>`instr(m.holder_name, ${needle})`, '>', 0),
        eb('m.holder_user_id', 'in', ids),
        eb('m.by_user_id', 'in', ids),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    businessDate: r.business_date,
    keyId: r.key_id,
    tag: r.tag,
    keyName: r.key_name,
    copyNo: r.copy_no,
    kind: r.kind,
    holder: holderOf(ctx, r, names, options.maskPhones ?? false),
    byName: names.get(r.by_user_id) ?? `#${r.by_user_id}`,
    countersignedBy: r.countersigned_by === null ? null : (names.get(r.countersigned_by) ?? null),
    purpose: r.purpose,
    dueBack: r.due_back,
    reason: r.reason,
  }));
}
