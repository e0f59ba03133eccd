import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { allColumns, jsonRows, jsonTable, queryText, rowObjects, selectRows } from '../../db/rows';
import type { Database } from '../../db/schema';
import type { Selectable } from 'kysely';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

type KeyRow = Selectable<Database['keys']>;
const KEY_COLUMNS = allColumns<KeyRow>()(
  'id',
  'tag',
  'name',
  'kind',
  'home_place',
  'night_place',
  'copies',
  'restricted',
  'created_at',
  'retired_at',
  'audit_id',
);

/**
 * The lists read their rows by db/rows.ts instead of Kysely's execute(): the answer must be the
 * same rows, values and order — nulls, integers, Chinese text and quotes included.
 */
describe('rows read as arrays or as JSON are the rows execute() answers', () => {
  test('selectRows, jsonRows and jsonTable against execute(), in order', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('keys.create', {
      tag: 'Q"1',
      name: '样板房 "C" \\ 钥匙\t',
      kind: 'show_flat',
      homePlace: '前台钥匙箱',
      nightPlace: '保险柜',
      copies: 3,
      restricted: true,
    });
    const { db, sqlite } = desk.ledger;
    const query = db.selectFrom('keys').selectAll().orderBy('name', 'desc').orderBy('id');
    const expected = await query.execute();
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.some((k) => k.night_place === null) && expected.some((k) => k.night_place !== null)).toBe(
      true,
    );

    expect(selectRows(sqlite, query)).toEqual(expected);
    const lines = jsonRows<unknown[]>(
      sqlite,
      db
        .selectFrom('keys')
        .select((eb) =>
          eb
            .fn<string>(
              'json_array',
              KEY_COLUMNS.map((c) => eb.ref(c)),
            )
            .as('row'),
        )
        .orderBy('name', 'desc')
        .orderBy('id'),
    );
    expect(rowObjects<KeyRow>(lines, KEY_COLUMNS)).toEqual(expected);
    const table = jsonTable(
      sqlite,
      db.selectFrom('keys').select((eb) =>
        eb.fn
          .agg<string>('json_group_array', [
            eb.fn(
              'json_array',
              KEY_COLUMNS.map((c) => eb.ref(c)),
            ),
          ])
          .orderBy('name', 'desc')
          .orderBy('id')
          .as('rows'),
      ),
    );
    expect(rowObjects<KeyRow>(table, KEY_COLUMNS)).toEqual(expected);
    // no row: an empty list, not a null
    const none = queryText((d) =>
      d
        .selectFrom('keys')
        .select((eb) => eb.fn.agg<string>('json_group_array', [eb.ref('id')]).as('rows'))
        .where('tag', '=', sql<string>`?`),
    );
    expect(jsonTable(sqlite, none(db), ['NO-SUCH-TAG'])).toEqual([]);
    expect(jsonTable(sqlite, none(db), ['Q"1'])).toEqual([expected.find((k) => k.tag === 'Q"1')!.id]);
  });

  test('a query kept as text refuses a value Kysely would bind into it', async () => {
    desk = await testDesk();
    const bound = queryText((d) => d.selectFrom('keys').select('id').where('tag', '=', 'QT'));
    expect(() => bound(desk.ledger.db)).toThrow(/bound value/);
  });
});
