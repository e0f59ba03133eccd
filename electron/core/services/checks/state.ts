import type { ReadableDB } from '../../../../db/access';
import type { DeskCheckView } from '../../../../shared/contract/checks';
import type { DeskCheckKind } from '../../../../shared/domain/vocab';
import type { CallReader } from '../../context';

/** The checks of a date, every version, oldest first; only those recorded by `recordedBy` when given. */
export async function checksOf(
  ctx: CallReader,
  date: string,
  options: { recordedBy?: string } = {},
): Promise<DeskCheckView[]> {
  const checks = await ctx.db
    .selectFrom('desk_checks')
    .selectAll()
    .where('for_date', '=', date)
    .$if(options.recordedBy !== undefined, (q) => q.where('business_date', '<=', options.recordedBy!))
    .orderBy('id')
    .execute();
  if (checks.length === 0) return [];
  const items = await ctx.db
    .selectFrom('desk_check_items')
    .selectAll()
    .where(
      'check_id',
      'in',
      checks.map((c) => c.id),
    )
    .orderBy('check_id')
    .orderBy('position')
    .execute();
  const names = ctx.staffNames();
  return checks.map((c) => {
    const own = items.filter((i) => i.check_id === c.id);
    return {
      id: c.id,
      kind: c.kind,
      date: c.for_date,
      version: c.version,
      signedBy: names.get(c.signed_by) ?? `#${c.signed_by}`,
      at: c.at,
      reason: c.reason,
      items: own.map((i) => ({ name: i.name, ticked: i.ticked === 1, note: i.note })),
      unticked: own.filter((i) => i.ticked === 0).length,
    };
  });
}

/** The check of a kind in force for the date: its latest version. */
export function inForce(checks: readonly DeskCheckView[], kind: DeskCheckKind): DeskCheckView | null {
  return checks.filter((c) => c.kind === kind).at(-1) ?? null;
}

/** Whether the date has a check of the kind signed. */
export async function isChecked(db: ReadableDB, kind: DeskCheckKind, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('desk_checks')
    .select('id')
    .where('kind', '=', kind)
    .where('for_date', '=', date)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
