import { sql } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import { normalizePhone } from '../../../../shared/domain/phone';

/** At most this many customers answer a search; the newest first. */
export const SEARCH_LIMIT = 50;

/** How far a piece's matches are counted when choosing the rarest piece of a longer query. */
const RARITY_CAP = 500;

/**
 * The customers a search box query names, newest first: a whole phone number, the last four
 * digits of one (手机尾号, what the masked number shows), the start of one, or a part of a name.
 * Every form seeks an index (migration 0010), so the answer costs the matches, not the ledger.
 */
export async function searchCustomerIds(db: ReadableDB, query: string): Promise<number[]> {
  const text = query.trim();
  const phone = normalizePhone(text);
  if (phone) return idsWhere(db, sql`phone = ${phone}`);
  const digits = text.replace(/[\s\-()（）.]/g, '');
  if (/^\d{4}$/.test(digits)) return idsWhere(db, sql`phone IS NOT NULL AND substr(phone, -4) = ${digits}`);
  if (/^\d{5,}$/.test(digits)) {
    // a number being typed from its start; ':' sorts right after the digits
    return idsWhere(db, sql`phone IS NOT NULL AND phone >= ${digits} AND phone < ${`${digits}:`}`);
  }
  return idsByName(db, text);
}

async function idsWhere(db: ReadableDB, where: ReturnType<typeof sql>): Promise<number[]> {
  const rows = await selectSql(
    db,
    sql<{ id: number }>`
    SELECT id FROM customers WHERE anonymised_at IS NULL AND ${where} ORDER BY id DESC LIMIT ${SEARCH_LIMIT}
  `,
  );
  return rows.rows.map((r) => r.id);
}

/** ASCII folded to lower case, as SQLite's lower() folds the names in the piece index. */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

async function idsByName(db: ReadableDB, text: string): Promise<number[]> {
  const chars = [...foldAscii(text)];
  if (chars.length === 0) return [];
  if (chars.length <= 2) {
    const rows = await selectSql(
      db,
      sql<{ id: number }>`
      SELECT customer_id AS id FROM customer_name_grams WHERE gram = ${chars.join('')}
      ORDER BY customer_id DESC LIMIT ${SEARCH_LIMIT}
    `,
    );
    return rows.rows.map((r) => r.id);
  }
  // A longer query: seek its rarest two-character piece, then check the whole name.
  const pieces = [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))];
  let rarest = pieces[0]!;
  let fewest = Infinity;
  for (const piece of pieces) {
    const { rows } = await selectSql(
      db,
      sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT 1 FROM customer_name_grams WHERE gram = ${piece} LIMIT ${RARITY_CAP})
    `,
    );
    const n = rows[0]?.n ?? 0;
    if (n === 0) return []; // a piece no name has: no name has the whole
    if (n < fewest) [rarest, fewest] = [piece, n];
  }
  const rows = await selectSql(
    db,
    sql<{ id: number }>`
    SELECT g.customer_id AS id FROM customer_name_grams g JOIN customers c ON c.id = g.customer_id
    WHERE g.gram = ${rarest} AND instr(lower(c.name), ${chars.join('')}) > 0
    ORDER BY g.customer_id DESC LIMIT ${SEARCH_LIMIT}
  `,
  );
  return rows.rows.map((r) => r.id);
}
