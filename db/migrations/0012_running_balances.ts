import { sql, type Kysely } from 'kysely';

/**
 * Running balances kept by the database itself: ticket stock on hand per type, ticket
 * cash in custody per holder, the change float per desk.
 *
 * Without them each was SUM()med over the whole history — by every "now" read (the stock page, the
 * balances, the day close, the handover snapshot, the low-stock check after each movement) and
 * by the never-negative triggers on every insert, so reads and writes slowed as the years
 * passed. Here each movement table gets an AFTER INSERT trigger that adds the movement to its
 * balance row in the same statement (hence the same transaction) as the movement itself, and the
 * never-negative triggers become BEFORE INSERT checks of that one row.
 *
 * The movements stay the truth: rows are append-only (0004's triggers), and a balance is only
 * their sum kept up to date. Nothing in the app writes a balance row; the triggers below refuse
 * any write that is not exactly the one the movement trigger makes — a balance row moves only to
 * take in the newest movement of its key (`last_id` names it), by that movement's amount, and is
 * created only by the first movement of its key; rows are never deleted. To make "the newest
 * movement" mean something, a movement must be appended after every existing one (id order).
 * Reads "as of" a past instant or date keep summing the movements.
 *
 * Backfilled here from the existing movements; the CHECKs (never below zero) hold because the
 * old triggers refused every movement that would have broken them.
 */
interface Balance {
  /** the balance table */
  table: string;
  /** the movement table it follows and its signed amount column */
  source: string;
  delta: string;
  /** the key column (same name in both tables) and its declaration */
  key: string;
  keyDecl: string;
  /** the balance column */
  amount: string;
  /** the never-negative trigger of the source (0004) and its refusal, kept word for word */
  guard: string;
  refusal: string;
}

const BALANCES: Balance[] = [
  {
    table: 'ticket_stock_on_hand',
    source: 'ticket_movements',
    delta: 'delta',
    key: 'type_id',
    keyDecl: 'type_id INTEGER PRIMARY KEY REFERENCES ticket_types(id)',
    amount: 'on_hand',
    guard: 'ticket_movements_stock_never_negative',
    refusal: 'ticket stock cannot go below zero',
  },
  {
    table: 'cash_custody',
    source: 'cash_movements',
    delta: 'delta_fen',
    key: 'holder_id',
    keyDecl: 'holder_id INTEGER PRIMARY KEY REFERENCES users(id)',
    amount: 'balance_fen',
    guard: 'cash_movements_never_negative',
    refusal: 'cash in custody cannot go below zero',
  },
  {
    table: 'cash_float_balances',
    source: 'cash_float_changes',
    delta: 'delta_fen',
    key: 'desk',
    keyDecl: 'desk TEXT NOT NULL PRIMARY KEY',
    amount: 'float_fen',
    guard: 'cash_float_never_negative',
    refusal: 'a change float cannot go below zero',
  },
];

function statements(b: Balance): string[] {
  const { table, source, delta, key, amount } = b;
  const newest = `(SELECT max(id) FROM ${source})`;
  const kept = `${table} is kept by the database from ${source}: it is never written directly`;
  return [
    `CREATE TABLE ${table} (
       ${b.keyDecl},
       ${amount} INTEGER NOT NULL CHECK (${amount} >= 0),
       last_id INTEGER NOT NULL
     ) STRICT`,
    `INSERT INTO ${table} (${key}, ${amount}, last_id)
       SELECT ${key}, sum(${delta}), max(id) FROM ${source} GROUP BY ${key} ORDER BY ${key}`,

    // The one writer of the balances: the movement's own insert.
    `CREATE TRIGGER ${source}_keep_balance AFTER INSERT ON ${source}
     BEGIN
       SELECT RAISE(ABORT, '${source} rows are appended after the last one') WHERE NEW.id < ${newest};
       UPDATE ${table} SET ${amount} = ${amount} + NEW.${delta}, last_id = NEW.id WHERE ${key} = NEW.${key};
       INSERT INTO ${table} (${key}, ${amount}, last_id)
         SELECT NEW.${key}, NEW.${delta}, NEW.id WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${key} = NEW.${key});
     END`,

    // Never below zero: one row read before the movement is written.
    `DROP TRIGGER ${b.guard}`,
    `CREATE TRIGGER ${b.guard} BEFORE INSERT ON ${source}
     WHEN coalesce((SELECT ${amount} FROM ${table} WHERE ${key} = NEW.${key}), 0) + NEW.${delta} < 0
     BEGIN SELECT RAISE(ABORT, '${b.refusal}'); END`,

    // Direct writes refused: only taking in the newest movement of the key, by its amount.
    `CREATE TRIGGER ${table}_follows_movements BEFORE UPDATE ON ${table}
     WHEN NOT coalesce(
       NEW.${key} IS OLD.${key}
       AND NEW.last_id > OLD.last_id
       AND NEW.last_id = ${newest}
       AND NEW.${amount} = OLD.${amount}
         + (SELECT ${delta} FROM ${source} WHERE id = NEW.last_id AND ${key} = NEW.${key}), 0)
     BEGIN SELECT RAISE(ABORT, '${kept}'); END`,
    `CREATE TRIGGER ${table}_opened_by_movement BEFORE INSERT ON ${table}
     WHEN NOT coalesce(
       NEW.last_id = ${newest}
       AND NEW.${amount} = (SELECT ${delta} FROM ${source} WHERE id = NEW.last_id AND ${key} = NEW.${key})
       AND NOT EXISTS (SELECT 1 FROM ${source} WHERE ${key} = NEW.${key} AND id < NEW.last_id), 0)
     BEGIN SELECT RAISE(ABORT, '${kept}'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${kept}'); END`,
  ];
}

/**
 * 0008's covering indexes served the whole-history sums that the balances replace. What still
 * sums — a figure as of a past point — filters on the date or instant, which neither index
 * holds, so SQLite reads the rows anyway (through `*_by_type` / `*_by_holder` as well); each
 * movement would write one index entry more for nothing.
 */
const RETIRED = ['DROP INDEX ticket_movements_stock', 'DROP INDEX cash_movements_custody'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction: the backfill and the triggers that keep
  // it land together or not at all.
  await sql.raw('BEGIN IMMEDIATE').execute(db);
  try {
    for (const statement of [...BALANCES.flatMap(statements), ...RETIRED])
      await sql.raw(statement).execute(db);
    await sql.raw('COMMIT').execute(db);
  } catch (error) {
    await sql.raw('ROLLBACK').execute(db);
    throw error;
  }
}
