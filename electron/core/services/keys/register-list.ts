import { sql } from 'kysely';
import type { z } from 'zod';
import type { KeyMovementView, movementFilterSchema } from '../../../../shared/contract/keys';
import { jsonRows } from '../../../../db/rows';
import type { ReadCallContext } from '../../context';
import { holderOf, type MovementRow } from './state';

export type MovementFilter = z.output<typeof movementFilterSchema>;

/** What a line of the register reads of a movement, in this order (a JSON array per line). */
const LINE_COLUMNS = [
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
] as const;
type Line = [
  id: MovementRow['id'],
  at: MovementRow['at'],
  businessDate: MovementRow['business_date'],
  keyId: MovementRow['key_id'],
  copyNo: MovementRow['copy_no'],
  kind: MovementRow['kind'],
  holderUserId: MovementRow['holder_user_id'],
  holderName: MovementRow['holder_name'],
  holderPhone: MovementRow['holder_phone'],
  byUserId: MovementRow['by_user_id'],
  countersignedBy: MovementRow['countersigned_by'],
  purpose: MovementRow['purpose'],
  dueBack: MovementRow['due_back'],
  reason: MovementRow['reason'],
];

/** The movements register, newest first, narrowed by key, kind, business dates and person. */
export async function listMovements(
  ctx: ReadCallContext,
  f: MovementFilter,
  options: { maskPhones?: boolean } = {},
): Promise<KeyMovementView[]> {
  const names = ctx.staffNames();
  // The keys are few (a desk's board): read once, not named again on every line of the page.
  // Every movement's key is in `keys` (foreign key), as the register's inner join assumed.
  const keys = new Map(
    (await ctx.db.selectFrom('keys').select(['id', 'tag', 'name']).execute()).map((k) => [k.id, k]),
  );
  let q = ctx.db
    .selectFrom('key_movements as m')
    .select((eb) =>
      eb
        .fn<string>(
          'json_array',
          LINE_COLUMNS.map((c) => eb.ref(c)),
        )
        .as('row'),
    )
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
  // a page of up to 200 lines: a JSON array per line, parsed at once (see jsonRows)
  return jsonRows<Line>(ctx.raw, q).map(
    ([
      id,
      at,
      businessDate,
      keyId,
      copyNo,
      kind,
      holderUserId,
      holderName,
      holderPhone,
      byUserId,
      countersignedBy,
      purpose,
      dueBack,
      reason,
    ]) => {
      const key = keys.get(keyId)!;
      const holder = { holder_user_id: holderUserId, holder_name: holderName, holder_phone: holderPhone };
      return {
        id,
        at,
        businessDate,
        keyId,
        tag: key.tag,
        keyName: key.name,
        copyNo,
        kind,
        holder: holderOf(ctx, holder, names, options.maskPhones ?? false),
        byName: names.get(byUserId) ?? `#${byUserId}`,
        countersignedBy: countersignedBy === null ? null : (names.get(countersignedBy) ?? null),
        purpose,
        dueBack,
        reason,
      };
    },
  );
}
