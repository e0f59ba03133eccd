import { sql, type Kysely } from 'kysely';

/**
 * The restricted key stays restricted in every movement (000:721 rule 38: nobody opens the
 * 销控专用抽屉 without the 专案's consent). Issuing it already takes a manager's countersign
 * (0005); from here handing it from one holder to another does too, and the countersigner is
 * written on the `handed_over` movement itself, as on the issue.
 *
 * 0005 allowed a countersigner on `issued` rows only, and SQLite cannot change a CHECK in place,
 * so `key_movements` is rebuilt the way widenChecks.ts does it: a copy made with the new CHECK,
 * every row copied unchanged (ids and `audit_id`s too, so each still hashes to its audit row),
 * the old table dropped, the copy renamed, its indexes and triggers made again from their SQL.
 */
const OLD_CHECK = "CHECK (kind = 'issued' OR countersigned_by IS NULL)";
const NEW_CHECK = "CHECK (countersigned_by IS NULL OR kind IN ('issued', 'handed_over'))";

const RESTRICTED_HANDOVER = `CREATE TRIGGER IF NOT EXISTS key_movements_restricted_handover BEFORE INSERT ON key_movements
   WHEN NEW.kind = 'handed_over' AND NEW.countersigned_by IS NULL
    AND (SELECT restricted FROM keys WHERE id = NEW.key_id) = 1
   BEGIN SELECT RAISE(ABORT, 'a restricted key is handed over only with a countersign'); END`;

interface SchemaRow {
  type: string;
  sql: string | null;
}

async function rows<T>(db: Kysely<unknown>, text: string): Promise<T[]> {
  return (await sql.raw(text).execute(db)).rows as T[];
}

async function rebuildKeyMovements(db: Kysely<unknown>): Promise<void> {
  const schema = await rows<SchemaRow>(
    db,
    "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'key_movements' ORDER BY rowid",
  );
  const create = schema.find((r) => r.type === 'table')?.sql ?? '';
  // Run again (a test puts a ledger back to an earlier migration), it finds the table rebuilt.
  if (create.includes(NEW_CHECK))
    return sql
      .raw(RESTRICTED_HANDOVER)
      .execute(db)
      .then(() => undefined);
  if (!create.includes(OLD_CHECK)) throw new Error(`key_movements has no ${OLD_CHECK}`);
  const copy = create
    .replace(OLD_CHECK, NEW_CHECK)
    .replace(/^CREATE TABLE\s+"?key_movements"?/i, 'CREATE TABLE "key_movements__rebuilt"');
  const dependants = schema.filter((r) => r.type !== 'table' && r.sql !== null).map((r) => r.sql!);
  await sql.raw(copy).execute(db);
  await sql.raw('INSERT INTO "key_movements__rebuilt" SELECT * FROM key_movements').execute(db);
  await sql.raw('DROP TABLE key_movements').execute(db);
  await sql.raw('ALTER TABLE "key_movements__rebuilt" RENAME TO key_movements').execute(db);
  for (const statement of [...dependants, RESTRICTED_HANDOVER]) await sql.raw(statement).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Foreign keys off for the swap (notes and notices refer to movements) and checked before the
  // commit; the legacy rename keeps SQLite from re-parsing other tables' triggers mid-swap.
  await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
  await sql.raw('PRAGMA legacy_alter_table = ON').execute(db);
  try {
    await sql.raw('BEGIN IMMEDIATE').execute(db);
    try {
      await rebuildKeyMovements(db);
      const broken = await rows(db, 'PRAGMA foreign_key_check');
      if (broken.length > 0) throw new Error(`foreign keys broken: ${JSON.stringify(broken[0])}`);
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
