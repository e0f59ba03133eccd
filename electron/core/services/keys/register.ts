import type { KeyKind } from '../../../../db/schema';
import { AppError } from '../../../../shared/domain/errors';
import type { CallContext, ReadCallContext } from '../../context';
import { latestMovements, stateAfter, type KeyRow } from './state';

/** The register's editable fields, as the contract parses them. */
export interface KeyFields {
  name: string;
  kind: KeyKind;
  homePlace: string;
  nightPlace: string | null;
  copies: number;
  restricted: boolean;
}

export async function findKeyByTag(ctx: ReadCallContext, tag: string): Promise<KeyRow | undefined> {
  return ctx.db.selectFrom('keys').selectAll().where('tag', '=', tag).executeTakeFirst();
}

export async function requireKeyByTag(ctx: ReadCallContext, tag: string): Promise<KeyRow> {
  const key = await findKeyByTag(ctx, tag);
  if (!key) throw new AppError('KEY_NOT_FOUND', { tag });
  return key;
}

export async function requireKey(ctx: ReadCallContext, id: number): Promise<KeyRow> {
  const key = await ctx.db.selectFrom('keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!key) throw new AppError('KEY_NOT_FOUND', { tag: `#${id}` });
  return key;
}

function columns(fields: KeyFields) {
  return {
    name: fields.name,
    kind: fields.kind,
    home_place: fields.homePlace,
    night_place: fields.nightPlace,
    copies: fields.copies,
    restricted: fields.restricted ? (1 as const) : (0 as const),
  };
}

export async function createKey(ctx: CallContext, tag: string, fields: KeyFields): Promise<KeyRow> {
  if (await findKeyByTag(ctx, tag)) throw new AppError('KEY_TAG_TAKEN', { tag });
  return ctx.writer.insert('keys', {
    tag,
    ...columns(fields),
    created_at: ctx.at,
    retired_at: null,
  });
}

/** The register entry changes, audited row by row; copies only grow (their history stays). */
export async function updateKey(ctx: CallContext, keyId: number, fields: KeyFields): Promise<KeyRow> {
  const key = await requireKey(ctx, keyId);
  if (key.retired_at !== null) throw new AppError('KEY_RETIRED', { tag: key.tag });
  if (fields.copies < key.copies) throw new AppError('KEY_COPIES_SHRINK', { copies: key.copies });
  return ctx.writer.update('keys', key.id, columns(fields));
}

/** A key leaves the register only when no copy is out; it is retired, never deleted. */
export async function retireKey(ctx: CallContext, keyId: number): Promise<KeyRow> {
  const key = await requireKey(ctx, keyId);
  if (key.retired_at !== null) return key;
  const latest = await latestMovements(ctx, [key.id]);
  if ([...latest.values()].some((m) => stateAfter(m.kind) === 'out')) {
    throw new AppError('KEY_NOT_RETIRABLE', { tag: key.tag });
  }
  return ctx.writer.update('keys', key.id, { retired_at: ctx.at });
}
