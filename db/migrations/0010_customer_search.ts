import { sql, type Kysely } from 'kysely';

/**
 * Finding a customer by a part of the name or by the phone's last four digits (手机尾号) on a
 * ledger of years, by seeking an index instead of reading every customer.
 *
 * `customer_name_grams` holds every one- and two-character piece of each customer's name
 * (ASCII folded to lower case): a query of one or two characters is one index seek; a longer one
 * seeks one of its pieces and checks the whole name. The database keeps it itself, by triggers,
 * so no writer can forget it: a customer's pieces are written with the customer and removed when
 * the customer is anonymised — they are personal data too. Names are at most 40 characters
 * (customers' CHECK), so a fixed table of positions stands in for a loop.
 */
const GRAMS_OF = (name: string, id: string) => `
  INSERT OR IGNORE INTO customer_name_grams (gram, customer_id)
  SELECT substr(lower(${name}), i, 1), ${id} FROM name_positions WHERE i <= length(${name})
  UNION ALL
  SELECT substr(lower(${name}), i, 2), ${id} FROM name_positions WHERE i < length(${name})`;

const statements = [
  `CREATE TABLE name_positions (i INTEGER PRIMARY KEY CHECK (i BETWEEN 1 AND 40)) STRICT`,
  `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
   INSERT INTO name_positions (i) SELECT i FROM n`,
  `CREATE TABLE customer_name_grams (
     gram TEXT NOT NULL CHECK (length(gram) BETWEEN 1 AND 2),
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     PRIMARY KEY (gram, customer_id)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX customer_name_grams_by_customer ON customer_name_grams(customer_id)`,
  `CREATE TRIGGER customers_name_grams_on_insert AFTER INSERT ON customers
   WHEN NEW.anonymised_at IS NULL
   BEGIN ${GRAMS_OF('NEW.name', 'NEW.id')}; END`,
  `CREATE TRIGGER customers_name_grams_on_anonymise AFTER UPDATE OF anonymised_at ON customers
   WHEN NEW.anonymised_at IS NOT NULL
   BEGIN DELETE FROM customer_name_grams WHERE customer_id = NEW.id; END`,
  `INSERT OR IGNORE INTO customer_name_grams (gram, customer_id)
   SELECT substr(lower(c.name), p.i, 1), c.id FROM customers c JOIN name_positions p ON p.i <= length(c.name)
   WHERE c.anonymised_at IS NULL
   UNION ALL
   SELECT substr(lower(c.name), p.i, 2), c.id FROM customers c JOIN name_positions p ON p.i < length(c.name)
   WHERE c.anonymised_at IS NULL`,
  // the last four digits of a phone, the way a receptionist asks for a customer
  `CREATE INDEX customers_by_phone_tail ON customers(substr(phone, -4)) WHERE phone IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
