import { sql, type Kysely } from 'kysely';

/**
 * Adds words to the closed sets that CHECK constraints keep (`col IN ('a', 'b')`), for the
 * migrations that add a value to a vocabulary in `shared/domain/vocab`.
 *
 * SQLite cannot change a CHECK in place (and better-sqlite3's defensive mode refuses editing the
 * schema table), so each table is rebuilt the documented way: a copy created with the widened
 * CHECKs, the rows copied unchanged (ids and `audit_id`s too, so every row still matches its
 * audit row's hash), the old table dropped, the copy renamed, and its indexes and triggers made
 * again from their own SQL. Foreign keys are off during the swap and checked before the commit.
 *
 * The widened list is computed from the table's CHECK as it stands, not written out in full, so
 * migrations that each add a value to the same set compose in any order: a later migration keeps
 * what an earlier one added.
 */
export interface CheckWidening {
  table: string;
  column: string;
  /** Words to allow besides those the CHECK allows now (already allowed ones are ignored). */
  add: readonly string[];
  /**
   * Which `CHECK (column IN (...))` of the table, counted from 0 in the CREATE TABLE text: the
   * first (the column's own closed set) unless a table CHECK that starts with the same test
   * (`CHECK (kind IN ('sale', 'void') OR …)`) must allow the new word as well.
   */
  occurrence?: number;
}

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

/**
 * The CREATE TABLE text with its `occurrence`-th `CHECK (column IN (...))` (the first by default)
 * widened by `add`; throws when there is none.
 */
export function widenCheckSql(
  createSql: string,
  column: string,
  add: readonly string[],
  occurrence = 0,
): string {
  const pattern = new RegExp(`(CHECK\\s*\\(\\s*"?${column}"?\\s+IN\\s*\\()([^)]*)(\\))`, 'gi');
  const match = [...createSql.matchAll(pattern)][occurrence];
  if (!match) throw new Error(`no CHECK (${column} IN (...)) #${occurrence} in: ${createSql.slice(0, 80)}…`);
  const present = [...match[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"));
  const wider = [...present, ...add.filter((word) => !present.includes(word))];
  const list = wider.map((word) => `'${word.replaceAll("'", "''")}'`).join(', ');
  const at = match.index + match[1]!.length;
  return `${createSql.slice(0, at)}${list}${createSql.slice(at + match[2]!.length)}`;
}

async function rows<T>(db: Kysely<unknown>, text: string): Promise<T[]> {
  return (await sql.raw(text).execute(db)).rows as T[];
}

/** Rebuilds each named table with its CHECKs widened; one transaction for all of them. */
export async function widenChecks(db: Kysely<unknown>, widenings: readonly CheckWidening[]): Promise<void> {
  const byTable = new Map<string, CheckWidening[]>();
  for (const w of widenings) byTable.set(w.table, [...(byTable.get(w.table) ?? []), w]);
  // Kysely runs SQLite migrations outside a transaction: this opens its own, with foreign keys
  // off (they cannot be switched inside one) so dropping the old table checks nothing, and with
  // the legacy rename so SQLite does not re-parse other tables' triggers mid-swap.
  await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
  await sql.raw('PRAGMA legacy_alter_table = ON').execute(db);
  try {
    await sql.raw('BEGIN IMMEDIATE').execute(db);
    try {
      for (const [table, list] of byTable) await rebuild(db, table, list);
      const broken = await rows(db, 'PRAGMA foreign_key_check');
      if (broken.length > 0)
        throw new Error(`foreign keys broken by a rebuild: ${JSON.stringify(broken[0])}`);
      await sql.raw('COMMIT').execute(db);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(db);
      throw error;
    }
  } finally {
    await sql.raw('PRAGMA legacy_alter_table = OFF').execute(db);
    await sql.raw('PRAGMA foreign_keys = ON').execute(db);
  }
}

async function rebuild(db: Kysely<unknown>, table: string, list: readonly CheckWidening[]): Promise<void> {
  const schema = await rows<SchemaRow>(
    db,
    `SELECT type, name, sql FROM sqlite_master WHERE tbl_name = '${table.replaceAll("'", "''")}' ORDER BY rowid`,
  );
  const create = schema.find((r) => r.type === 'table')?.sql;
  if (!create) throw new Error(`no table ${table}`);
  let widened = create;
  for (const w of list) widened = widenCheckSql(widened, w.column, w.add, w.occurrence);
  const copy = `${table}__widened`;
  const renamed = widened.replace(
    new RegExp(`^CREATE TABLE\\s+("?)${table}\\1`, 'i'),
    `CREATE TABLE "${copy}"`,
  );
  if (renamed === widened) throw new Error(`cannot rename the CREATE TABLE of ${table}`);
  // Indexes and triggers made by CREATE statements (not the automatic ones of UNIQUE/PRIMARY KEY)
  const dependants = schema.filter((r) => r.type !== 'table' && r.sql !== null).map((r) => r.sql!);
  await sql.raw(renamed).execute(db);
  await sql.raw(`INSERT INTO "${copy}" SELECT * FROM "${table}"`).execute(db);
  await sql.raw(`DROP TABLE "${table}"`).execute(db);
  await sql.raw(`ALTER TABLE "${copy}" RENAME TO "${table}"`).execute(db);
  for (const statement of dependants) await sql.raw(statement).execute(db);
}
