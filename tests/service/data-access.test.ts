import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { IN_JSON_PARAMETER, inJson, jsonTable, queryText } from '../../db/rows';
import type { Database } from '../../db/schema';
import { prepared } from '../../db/statements';
import { tempDir } from '../support/desk';

interface People {
  people: { id: number; name: string; tags: string };
}

const NAMES = ['王芳', "O'Brien", 'say "hi"', '🙂 emoji', '', 'back\\slash', '1', '01'];

let open: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const sqlite of open) sqlite.close();
  open = [];
});

/** A real SQLite file with a table of people: names with quotes, emoji, digits; tags as JSON arrays. */
function peopleFile(): { sqlite: BetterSqlite3.Database; db: Kysely<People> } {
  const sqlite = new BetterSqlite3(path.join(tempDir(), 'people.sqlite'));
  open.push(sqlite);
  sqlite.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tags TEXT NOT NULL) STRICT`);
  const insert = sqlite.prepare('INSERT INTO people (id, name, tags) VALUES (?, ?, ?)');
  NAMES.forEach((name, i) => insert.run(i + 1, name, JSON.stringify(i % 2 === 0 ? ['a', 'b'] : ['c'])));
  const db = new Kysely<People>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db };
}

describe('inJson: IN a list bound as one JSON array', () => {
  test('answers exactly the rows whose value is in the list, numbers and texts alike', async () => {
    const { db } = peopleFile();
    const ids = async (list: readonly number[]) =>
      (
        await db.selectFrom('people').select('id').where('id', 'in', inJson(list)).orderBy('id').execute()
      ).map((r) => r.id);
    expect(await ids([3, 1, 3, 99, -1])).toEqual([1, 3]); // duplicates, unknown and negative ids
    expect(await ids([])).toEqual([]);
    expect(await ids(NAMES.map((_, i) => i + 1))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    for (const name of NAMES) {
      const rows = await db
        .selectFrom('people')
        .select('name')
        .where('name', 'in', inJson([name]))
        .execute();
      expect(rows).toEqual([{ name }]);
    }
    // a text is compared as text: '1' finds '1', not '01', and a number finds no text
    const texts = await db
      .selectFrom('people')
      .select('name')
      .where('name', 'in', inJson(['1', 'x']))
      .execute();
    expect(texts).toEqual([{ name: '1' }]);
    const numbers = db
      .selectFrom('people')
      .select('name')
      // @ts-expect-error a list of numbers is not compared with a text column
      .where('name', 'in', inJson([1]));
    expect(await numbers.execute()).toEqual([]);
  });

  test('one query text whatever the number of values', () => {
    const { db } = peopleFile();
    const compiled = (n: number) =>
      db
        .selectFrom('people')
        .select('id')
        .where('id', 'in', inJson(Array.from({ length: n }, (_, i) => i)))
        .compile();
    expect(compiled(1).sql).toBe(compiled(1000).sql);
    expect(compiled(0).parameters).toEqual(['[]']);
    expect(compiled(3).parameters).toEqual(['[0,1,2]']);
  });

  test('written into a sql template, it is the whole right side of IN', async () => {
    const { db } = peopleFile();
    const { rows } = await sql<{
      id: number;
    }>`SELECT id FROM people WHERE id IN ${inJson([2, 4])} ORDER BY id`.execute(db);
    expect(rows).toEqual([{ id: 2 }, { id: 4 }]);
  });

  test('IN_JSON_PARAMETER keeps the array a ? for queryText, bound when the query runs', () => {
    const { sqlite, db } = peopleFile();
    // queryText builds against the ledger's schema; this table is the test's own
    const namesOf = queryText<{ rows: string | null }>((k) =>
      (k as unknown as Kysely<People>)
        .selectFrom('people')
        .select((eb) =>
          eb.fn
            .agg<string>('json_group_array', [eb.ref('name')])
            .orderBy('id')
            .as('rows'),
        )
        .where('id', 'in', IN_JSON_PARAMETER),
    );
    const text = namesOf(db as unknown as Kysely<Database>);
    expect(jsonTable<never>(sqlite, text, [JSON.stringify([4, 2, 4])])).toEqual([NAMES[1], NAMES[3]]);
    expect(jsonTable(sqlite, text, ['[]'])).toEqual([]);
  });
});

describe('prepared: one statement per text and row shape, per connection', () => {
  test('the same text answers the same statement; arrays and objects are separate statements', () => {
    const { sqlite } = peopleFile();
    const text = 'SELECT id, name FROM people WHERE id = ?';
    const objects = prepared(sqlite, text);
    expect(prepared(sqlite, text)).toBe(objects);
    const arrays = prepared(sqlite, text, 'arrays');
    expect(arrays).not.toBe(objects);
    expect(prepared(sqlite, text, 'arrays')).toBe(arrays);
    // reading one shape does not switch the other
    expect(arrays.get(1)).toEqual([1, NAMES[0]]);
    expect(objects.get(1)).toEqual({ id: 1, name: NAMES[0] });
    expect(arrays.get(2)).toEqual([2, NAMES[1]]);
  });

  test('each connection has its own statements', () => {
    const a = peopleFile().sqlite;
    const b = peopleFile().sqlite;
    const text = 'SELECT count(*) AS n FROM people';
    expect(prepared(a, text)).not.toBe(prepared(b, text));
    b.exec('DELETE FROM people WHERE id > 2');
    expect(prepared(a, text).get()).toEqual({ n: NAMES.length });
    expect(prepared(b, text).get()).toEqual({ n: 2 });
  });

  test('past its bound it starts afresh and still answers every text', () => {
    const { sqlite } = peopleFile();
    const first = prepared(sqlite, 'SELECT 0 AS n');
    for (let i = 1; i <= 1_500; i++) expect(prepared(sqlite, `SELECT ${i} AS n`).get()).toEqual({ n: i });
    const again = prepared(sqlite, 'SELECT 0 AS n');
    expect(again).not.toBe(first);
    expect(again.get()).toEqual({ n: 0 });
  });
});
