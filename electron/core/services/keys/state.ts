import { sql, type Selectable } from 'kysely';
import { selectSql } from '../../../../db/access';
import type { KeyMovementsTable, KeysTable } from '../../../../db/schema';
import type { KeyCopyView, KeyView } from '../../../../shared/contract/keys';
import { maskPhone } from '../../../../shared/domain/phone';
import type { ReadCallContext } from '../../context';

export type KeyRow = Selectable<KeysTable>;
export type MovementRow = Selectable<KeyMovementsTable>;
export type CopyState = KeyCopyView['state'];

/** Where a movement leaves its copy: the whole state machine of a key copy. */
export function stateAfter(kind: MovementRow['kind']): CopyState {
  if (kind === 'issued' || kind === 'handed_over') return 'out';
  if (kind === 'lost') return 'lost';
  return 'home';
}

/**
 * The latest movement of every copy that ever moved, keyed `keyId:copyNo`. Read by seeking, not
 * by replaying the history: for each key its highest copy number, then for each copy up to it
 * its highest `seq`, both from the (key_id, copy_no, seq) unique index — a handful of index
 * lookups whatever the length of the register (a five-year office has tens of thousands of
 * movements). Every movement's key is in `keys` (foreign key), so no copy is missed.
 *
 * With `through` (a business date), the latest movement dated that day or before: the same seek,
 * walking down from the copy's highest `seq` past the few movements dated later (an earlier date
 * walks further, never more than the register after it). A copy that had not moved by then has
 * no entry.
 */
export async function latestMovements(
  ctx: ReadCallContext,
  keyIds?: readonly number[],
  through?: string,
): Promise<Map<string, MovementRow>> {
  const which = keyIds ? sql`WHERE k.id IN (${sql.join(keyIds.length ? [...keyIds] : [-1])})` : sql``;
  const dated = through === undefined ? sql`` : sql`AND l.business_date <= ${through}`;
  const rows = await selectSql(
    ctx.db,
    sql<MovementRow>`
    WITH RECURSIVE copies(key_id, copy_no, last) AS (
      SELECT k.id, 1,
        (SELECT copy_no FROM key_movements WHERE key_id = k.id ORDER BY copy_no DESC LIMIT 1)
      FROM keys k ${which}
      UNION ALL
      SELECT key_id, copy_no + 1, last FROM copies WHERE copy_no < last
    )
    SELECT m.* FROM copies c
    JOIN key_movements m ON m.id = (
      SELECT l.id FROM key_movements l
      WHERE l.key_id = c.key_id AND l.copy_no = c.copy_no ${dated}
      ORDER BY l.seq DESC LIMIT 1
    )
    ORDER BY m.id`,
  );
  return new Map(rows.rows.map((r) => [copyKey(r.key_id, r.copy_no), r]));
}

export function copyKey(keyId: number, copyNo: number): string {
  return `${keyId}:${copyNo}`;
}

/** The issue that sent a copy out: its latest `issued` movement (handing over keeps it). */
export async function openIssue(ctx: ReadCallContext, keyId: number, copyNo: number): Promise<MovementRow> {
  return ctx.db
    .selectFrom('key_movements')
    .selectAll()
    .where('key_id', '=', keyId)
    .where('copy_no', '=', copyNo)
    .where('kind', '=', 'issued')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** Phone numbers of outside holders are shown in full to managers only (SPEC §2, 000:613). */
export function phoneFor(ctx: ReadCallContext, phone: string | null, alwaysMask = false): string | null {
  if (phone === null) return null;
  return !alwaysMask && ctx.actor?.roles.includes('manager') ? phone : maskPhone(phone);
}

export function holderOf(
  ctx: ReadCallContext,
  m: Pick<MovementRow, 'holder_user_id' | 'holder_name' | 'holder_phone'>,
  names: ReadonlyMap<number, string>,
  alwaysMask = false,
): KeyCopyView['holder'] {
  if (m.holder_user_id !== null) {
    return {
      userId: m.holder_user_id,
      name: names.get(m.holder_user_id) ?? `#${m.holder_user_id}`,
      phone: null,
    };
  }
  if (m.holder_name !== null)
    return { userId: null, name: m.holder_name, phone: phoneFor(ctx, m.holder_phone, alwaysMask) };
  return null;
}

export function copyView(
  ctx: ReadCallContext,
  copyNo: number,
  latest: MovementRow | undefined,
  names: ReadonlyMap<number, string>,
): KeyCopyView {
  const state = latest ? stateAfter(latest.kind) : 'home';
  const out = state === 'out' && latest !== undefined;
  return {
    copyNo,
    state,
    holder: out ? holderOf(ctx, latest, names) : null,
    since: latest?.at ?? null,
    dueBack: out ? latest.due_back : null,
    purpose: out ? latest.purpose : null,
    overdue: out && latest.due_back !== null && latest.due_back < ctx.at,
    movementId: latest?.id ?? null,
  };
}

export function keyView(
  ctx: ReadCallContext,
  key: KeyRow,
  latest: Map<string, MovementRow>,
  names: ReadonlyMap<number, string>,
): KeyView {
  const copyStates: KeyCopyView[] = [];
  for (let n = 1; n <= key.copies; n++) {
    copyStates.push(copyView(ctx, n, latest.get(copyKey(key.id, n)), names));
  }
  return {
    id: key.id,
    tag: key.tag,
    name: key.name,
    kind: key.kind,
    homePlace: key.home_place,
    nightPlace: key.night_place,
    copies: key.copies,
    restricted: key.restricted === 1,
    retired: key.retired_at !== null,
    copyStates,
  };
}

/** One key as the board shows it, read after a write of the same call. */
export async function loadKeyView(ctx: ReadCallContext, key: KeyRow): Promise<KeyView> {
  return keyView(ctx, key, await latestMovements(ctx, [key.id]), ctx.staffNames());
}

/** Every key as the board shows it. */
export async function boardViews(ctx: ReadCallContext, includeRetired: boolean): Promise<KeyView[]> {
  let q = ctx.db.selectFrom('keys').selectAll().orderBy('tag');
  if (!includeRetired) q = q.where('retired_at', 'is', null);
  const keys = await q.execute();
  const latest = await latestMovements(ctx);
  const names = ctx.staffNames();
  return keys.map((k) => keyView(ctx, k, latest, names));
}
