import type BetterSqlite3 from 'better-sqlite3';

/** A statement the connection ran, with its values. */
export interface RanStatement {
  sql: string;
  params: unknown[];
}

/**
 * Records every statement the connection prepares from now on, each time it runs (`all`, `get`,
 * `run`, `iterate`), with its values — the statements a call really runs, watched from outside.
 * Statements prepared before it was called are not seen: call it on a fresh connection.
 */
export function recordStatements(sqlite: BetterSqlite3.Database): RanStatement[] {
  const ran: RanStatement[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (sql: string) =>
    new Proxy(prepare(sql), {
      get(target, name) {
        const value = Reflect.get(target, name, target) as unknown;
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (name !== 'all' && name !== 'get' && name !== 'run' && name !== 'iterate')
          return method.bind(target);
        return (...params: unknown[]) => {
          ran.push({ sql, params });
          return method.apply(target, params);
        };
      },
    });
  return ran;
}
