import type { TestDesk } from './desk';

/**
 * Rows of `table` in the ledger file, optionally only those `where` holds, read straight from
 * SQLite: what is written, whoever is (or is not) signed in.
 */
export function rowCount(desk: TestDesk, table: string, where = '1', ...params: unknown[]): number {
  return (
    desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as {
      n: number;
    }
  ).n;
}
