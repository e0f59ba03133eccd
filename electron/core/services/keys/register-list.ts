import { sql } from 'kysely';
import type { z } from 'zod';
import type { KeyMovementView, movementFilterSchema } from '../../../../shared/contract/keys';
import { selectRows } from '../../../../db/rows';
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
  // The keys are few (a desk's board): read once, not named again on every line of the page.
  // Every movement's key is in `keys` (foreign key), as the register's inner join assumed.
  const keys = new Map(
    (await ctx.db.selectFrom('keys').select(['id', 'tag', 'name']).execute()).map((k) => [k.id, k]),
  );
  let q = ctx.db
    .selectFrom('key_movements as m')
    .select([
      'm.id',
      'm.at',
      'm.business_date',
      'm.key_id',
      'm.copy_no',
      'm.kind',
      'm.holder_user_id',
      'm.holder_name',
      'm.holder_phone',
      'm.by_user_id',
      'm.countersigned_by',
      'm.purpose',
      'm.due_back',
      'm.reason',
    ])
    .orderBy('m.id', 'desc')
    .limit(f.limit);
  if (f.tag !== undefined) {
    const key = [...keys.values()].find((k) => k.tag === f.tag);
    if (!key) return [];
    q = q.where('m.key_id', '=', key.id);
  }
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
  // a page of up to 200 lines: read as arrays (see selectRows), only the columns a line shows
  const rows = selectRows(ctx.raw, q);
  return rows.map((r) => {
    const key = keys.get(r.key_id)!;
    return {
      id: r.id,
      at: r.at,
      businessDate: r.business_date,
      keyId: r.key_id,
      tag: key.tag,
      keyName: key.name,
      copyNo: r.copy_no,
      kind: r.kind,
      holder: holderOf(ctx, r, names, options.maskPhones ?? false),
      byName: names.get(r.by_user_id) ?? `#${r.by_user_id}`,
      countersignedBy: r.countersigned_by === null ? null : (names.get(r.countersigned_by) ?? null),
      purpose: r.purpose,
      dueBack: r.due_back,
      reason: r.reason,
    };
  });
}
