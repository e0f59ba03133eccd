import type { Selectable } from 'kysely';
import type { LedgerColumns } from './schema.columns';
import type { Database } from './schema';

/**
 * db/schema.ts is put together by hand from the namespaces' tables (db/schema/<ns>.ts), whose
 * columns come from db/schema.columns.ts — every table's columns as SQLite has them, generated
 * from the schema snapshot — with some narrowed by hand (words to unions, keys marked Generated).
 * So it is held to the migrated ledger here: the typecheck fails, naming the table and column,
 * unless both have the same tables with the same columns, each typed within what its SQLite type
 * holds (`0 | 1` for an INTEGER, a union of words for a TEXT) and nullable exactly when the
 * column is.
 */
export type SchemaProblems<D> = {
  [T in keyof D | keyof LedgerColumns]: T extends keyof LedgerColumns
    ? T extends keyof D
      ? ColumnProblems<T, Selectable<D[T]>, LedgerColumns[T]>
      : `${T}: a table of the ledger missing from db/schema.ts`
    : `${T & string}: in db/schema.ts but not a table of the ledger`;
}[keyof D | keyof LedgerColumns];

type ColumnProblems<T extends string, Declared, Stored> = {
  [C in keyof Declared | keyof Stored]: C extends keyof Stored
    ? C extends keyof Declared
      ? ColumnProblem<`${T}.${C & string}`, Declared[C], Stored[C]>
      : `${T}.${C & string}: a column of the ledger missing from db/schema.ts`
    : `${T}.${C & string}: in db/schema.ts but not a column of the ledger`;
}[keyof Declared | keyof Stored];

type ColumnProblem<Column extends string, Declared, Stored> = null extends Stored
  ? null extends Declared
    ? TypeProblem<Column, Declared, Stored>
    : `${Column}: nullable in the ledger, not in db/schema.ts`
  : null extends Declared
    ? `${Column}: NOT NULL in the ledger, nullable in db/schema.ts`
    : TypeProblem<Column, Declared, Stored>;

type TypeProblem<Column extends string, Declared, Stored> = [NonNullable<Declared>] extends [
  NonNullable<Stored>,
]
  ? never
  : `${Column}: db/schema.ts types it outside what the ledger's column holds`;

type NoProblems<P extends never> = P;

/**
 * Compiles only while db/schema.ts agrees with the ledger; otherwise the error names a problem
 * (tests/service/schema-snapshot.test.ts lists them all).
 */
export type SchemaAgreesWithLedger = NoProblems<SchemaProblems<Database>>;

/** Every disagreement, as tests/service/schema-snapshot.test.ts lists them (never, when none). */
export type LedgerSchemaProblems = SchemaProblems<Database>;
