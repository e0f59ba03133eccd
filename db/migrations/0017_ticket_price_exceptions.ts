import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * A ticket's price is the catalogue's (004:461); a sale at another price is a price exception,
 * made with a reason and the manager's countersign. Each exception keeps the catalogue price the
 * sale was made against, so the day sheet lists it with both prices even after the catalogue
 * changes. A table of its own (not a new column of `ticket_movements`): rows sealed before this
 * migration keep exactly the columns their audit hashes cover. The database takes an exception
 * only for a countersigned sale, with a reason, at a price other than the one recorded here.
 */
const statements = [
  `CREATE TABLE ticket_price_exceptions (
     id INTEGER PRIMARY KEY,
     sale_id INTEGER NOT NULL UNIQUE REFERENCES ticket_movements(id),
     catalogue_price_fen INTEGER NOT NULL CHECK (catalogue_price_fen > 0),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER ticket_price_exceptions_signed_sale BEFORE INSERT ON ticket_price_exceptions
   WHEN NOT EXISTS (
     SELECT 1 FROM ticket_movements
      WHERE id = NEW.sale_id AND kind = 'sold' AND reason IS NOT NULL AND countersigned_by IS NOT NULL
        AND unit_price_fen <> NEW.catalogue_price_fen)
   BEGIN SELECT RAISE(ABORT, 'a price exception is a countersigned sale, with a reason, at another price'); END`,
  ...appendOnlyTriggers('ticket_price_exceptions'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
