import { sql, type Kysely } from 'kysely';

/**
 * Tallies of the visits and calls kept by the database itself, per business date, for
 * 来人来电分析: a week of a busy office is a thousand visits and five hundred calls, and its seven
 * GROUP BY reads each read every row of the week and sorted them. A week's tallies are a few
 * hundred small rows.
 *
 * The pattern is 0012's: the visits and calls stay the truth (append-only, 0002), and each tally
 * is only their count kept up to date by an AFTER INSERT trigger of its source, in the same
 * statement (hence the same transaction) as the row itself. Nothing in the app writes a tally
 * row; the triggers below refuse any write that is not exactly the one the source trigger makes
 * — a tally row moves only to take in the newest source row of its key (`last_id` names it), by
 * that row's amounts, and is created only by the first source row of its key (`first_id`, which
 * then never moves: the analysis orders channels by their first appearance); rows are never
 * deleted. To make "the newest row" and "the first row" mean something, a visit or a call must be
 * appended after every existing one (id order).
 *
 * The quarter of an instant is `unixepoch(instant) / 900`, the UTC quarter hour since the epoch:
 * every instant of a quarter has the same local hour (time zones are whole quarter hours off
 * UTC), so the analysis reads hours from quarters.
 *
 * Backfilled here from the existing rows.
 */
interface Column {
  name: string;
  decl: string;
  /** the column's value for one source row, its columns prefixed with `row` ('NEW.', 's.', '') */
  of: (row: string) => string;
}

export interface Tally {
  table: string;
  source: 'visits' | 'calls';
  keys: Column[];
  /** amounts summed over the key's rows (`1` counts them) */
  sums: Column[];
  /** whether the row keeps the id of the key's first source row */
  first: boolean;
}

const column =
  (name: string) =>
  (row: string): string =>
    `${row}${name}`;
const date: Column = { name: 'business_date', decl: 'TEXT NOT NULL', of: column('business_date') };
const returning: Column = {
  name: 'is_returning',
  decl: 'INTEGER NOT NULL CHECK (is_returning IN (0, 1))',
  of: column('is_returning'),
};
const channel: Column = { name: 'channel', decl: 'TEXT NOT NULL', of: column('channel') };
const quarter = (instant: string): Column => ({
  name: 'quarter',
  decl: 'INTEGER NOT NULL',
  of: (row) => `unixepoch(${row}${instant}) / 900`,
});
const counted = (name: string): Column => ({
  name,
  decl: `INTEGER NOT NULL CHECK (${name} > 0)`,
  of: () => '1',
});

export const TALLIES: readonly Tally[] = [
  {
    table: 'visit_tallies_by_kind',
    source: 'visits',
    keys: [date, returning],
    sums: [
      counted('visits'),
      { name: 'people', decl: 'INTEGER NOT NULL CHECK (people > 0)', of: column('party_size') },
    ],
    first: false,
  },
  {
    table: 'visit_tallies_by_channel',
    source: 'visits',
    keys: [date, channel],
    sums: [counted('visits')],
    first: true,
  },
  {
    table: 'visit_tallies_by_consultant',
    source: 'visits',
    keys: [
      date,
      { name: 'consultant_id', decl: 'INTEGER NOT NULL REFERENCES users(id)', of: column('consultant_id') },
      returning,
    ],
    sums: [counted('visits')],
    first: false,
  },
  {
    table: 'visit_tallies_by_quarter',
    source: 'visits',
    keys: [date, quarter('arrived_at')],
    sums: [counted('visits')],
    first: false,
  },
  {
    table: 'call_tallies_by_kind',
    source: 'calls',
    keys: [date, returning],
    sums: [
      counted('calls'),
      {
        name: 'invited',
        decl: 'INTEGER NOT NULL CHECK (invited >= 0)',
        of: (row) => `(${row}invited_for IS NOT NULL)`,
      },
    ],
    first: false,
  },
  {
    table: 'call_tallies_by_channel',
    source: 'calls',
    keys: [date, channel],
    sums: [counted('calls')],
    first: true,
  },
  {
    table: 'call_tallies_by_quarter',
    source: 'calls',
    keys: [date, quarter('at')],
    sums: [counted('calls')],
    first: false,
  },
];

const newest = (source: string) => `(SELECT max(id) FROM ${source})`;
const kept = (t: Tally) =>
  `${t.table} is kept by the database from ${t.source}: it is never written directly`;
const ids = (t: Tally) => (t.first ? ['first_id', 'last_id'] : ['last_id']);

function tableAndBackfill(t: Tally): string[] {
  const { table, source, keys, sums } = t;
  const names = [...keys, ...sums].map((c) => c.name).concat(ids(t));
  return [
    `CREATE TABLE ${table} (
       ${[...keys, ...sums].map((c) => `${c.name} ${c.decl}`).join(',\n       ')},
       ${t.first ? 'first_id INTEGER NOT NULL CHECK (first_id <= last_id),' : ''}
       last_id INTEGER NOT NULL,
       PRIMARY KEY (${keys.map((k) => k.name).join(', ')})
     ) STRICT, WITHOUT ROWID`,
    `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${keys.map((k) => k.of('')).join(', ')}, ${sums.map((s) => `sum(${s.of('')})`).join(', ')},
              ${t.first ? 'min(id), ' : ''}max(id)
       FROM ${source} GROUP BY ${keys.map((_, i) => i + 1).join(', ')} ORDER BY ${keys.map((_, i) => i + 1).join(', ')}`,
  ];
}

/** The source's one trigger: its row taken into each of its tallies. */
function keeper(source: 'visits' | 'calls'): string {
  const steps = TALLIES.filter((t) => t.source === source).flatMap((t) => {
    const match = t.keys.map((k) => `${k.name} = ${k.of('NEW.')}`).join(' AND ');
    return [
      `UPDATE ${t.table} SET ${t.sums.map((s) => `${s.name} = ${s.name} + ${s.of('NEW.')}`).join(', ')},
         last_id = NEW.id WHERE ${match};`,
      `INSERT INTO ${t.table} (${[...t.keys, ...t.sums].map((c) => c.name).join(', ')}, ${ids(t).join(', ')})
         SELECT ${[...t.keys, ...t.sums].map((c) => c.of('NEW.')).join(', ')}, ${ids(t)
           .map(() => 'NEW.id')
           .join(', ')}
         WHERE NOT EXISTS (SELECT 1 FROM ${t.table} WHERE ${match});`,
    ];
  });
  return `CREATE TRIGGER ${source}_keep_tallies AFTER INSERT ON ${source}
   BEGIN
     SELECT RAISE(ABORT, '${source} rows are appended after the last one') WHERE NEW.id < ${newest(source)};
     ${steps.join('\n     ')}
   END`;
}

/** Direct writes refused: only taking in the newest source row of the key, by its amounts. */
function guards(t: Tally): string[] {
  const { table, source, keys, sums } = t;
  const sameKey = keys.map((k) => `${k.of('s.')} = NEW.${k.name}`).join(' AND ');
  return [
    `CREATE TRIGGER ${table}_follows_${source} BEFORE UPDATE ON ${table}
     WHEN NOT coalesce(
       ${keys.map((k) => `NEW.${k.name} IS OLD.${k.name}`).join(' AND ')}
       ${t.first ? 'AND NEW.first_id IS OLD.first_id' : ''}
       AND NEW.last_id > OLD.last_id
       AND NEW.last_id = ${newest(source)}
       AND EXISTS (SELECT 1 FROM ${source} s WHERE s.id = NEW.last_id AND ${sameKey}
         AND ${sums.map((c) => `NEW.${c.name} = OLD.${c.name} + ${c.of('s.')}`).join(' AND ')}), 0)
     BEGIN SELECT RAISE(ABORT, '${kept(t)}'); END`,
    `CREATE TRIGGER ${table}_opened_by_${source} BEFORE INSERT ON ${table}
     WHEN NOT coalesce(
       NEW.last_id = ${newest(source)}
       ${t.first ? 'AND NEW.first_id = NEW.last_id' : ''}
       AND EXISTS (SELECT 1 FROM ${source} s WHERE s.id = NEW.last_id AND ${sameKey}
         AND ${sums.map((c) => `NEW.${c.name} = ${c.of('s.')}`).join(' AND ')})
       AND NOT EXISTS (SELECT 1 FROM ${source} s WHERE ${sameKey} AND s.id < NEW.last_id), 0)
     BEGIN SELECT RAISE(ABORT, '${kept(t)}'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${kept(t)}'); END`,
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction: the backfill and the triggers that keep
  // it land together or not at all.
  await sql.raw('BEGIN IMMEDIATE').execute(db);
  try {
    for (const statement of [
      ...TALLIES.flatMap(tableAndBackfill),
      keeper('visits'),
      keeper('calls'),
      ...TALLIES.flatMap(guards),
    ])
      await sql.raw(statement).execute(db);
    await sql.raw('COMMIT').execute(db);
  } catch (error) {
    await sql.raw('ROLLBACK').execute(db);
    throw error;
  }
}
