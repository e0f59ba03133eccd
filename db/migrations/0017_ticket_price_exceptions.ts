import { sql, type Kysely } from 'kysely';

/**
 * A ticket's price is the catalogue's (004:461); a sale at another price is a price exception,
 * made with a reason and the manager's countersign. The catalogue price a sale was made against
 * is kept on the sale, so the day sheet lists each exception with both prices even after the
 * catalogue changes. The column's CHECK holds the rule in the database too: a sale whose price
 * differs from its catalogue price carries a reason and a countersignature. Sales written before
 * this migration have no catalogue price (NULL) and are not exceptions.
 */
const statements = [
  `ALTER TABLE ticket_movements ADD COLUMN catalogue_price_fen INTEGER
     CHECK (catalogue_price_fen IS NULL
            OR (kind = 'sold' AND catalogue_price_fen > 0
                AND (catalogue_price_fen = unit_price_fen
                     OR (reason IS NOT NULL AND countersigned_by IS NOT NULL))))`,
  `CREATE INDEX IF NOT EXISTS ticket_price_exceptions_by_date
     ON ticket_movements(business_date, id) WHERE catalogue_price_fen <> unit_price_fen`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
