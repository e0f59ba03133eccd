import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  COLUMNS_FILE,
  ROOT,
  SNAPSHOT_FILE,
  columnsFileText,
  migratedSchema,
} from '../../scripts/schema/files';
import type { SchemaSnapshot } from '../../scripts/schema/snapshot';

const REGENERATE =
  'If the schema is meant to change (a new migration), run `npm run db:snapshot` and review the diff ' +
  'of db/schema.snapshot.json and db/schema.columns.ts before committing them.';

function committedSnapshot(): SchemaSnapshot {
  return JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as SchemaSnapshot;
}

describe('the migrated schema is the committed snapshot', () => {
  test('a new ledger brought to this version has exactly the tables, columns, indexes and triggers of db/schema.snapshot.json', async () => {
    const schema = await migratedSchema();
    // the snapshot is of the whole schema, not of an empty reading
    expect(Object.keys(schema.tables).length).toBeGreaterThan(50);
    expect(Object.keys(schema.triggers).length).toBeGreaterThan(100);
    expect(
      schema,
      `The migrated schema differs from db/schema.snapshot.json (- snapshot, + migrated). ${REGENERATE}`,
    ).toEqual(committedSnapshot());
  });

  test('db/schema.columns.ts is generated from the snapshot as it stands', async () => {
    expect(
      fs.readFileSync(COLUMNS_FILE, 'utf8'),
      `db/schema.columns.ts is not what the snapshot generates. ${REGENERATE}`,
    ).toBe(await columnsFileText(committedSnapshot()));
  });
});

describe('db/schema.ts agrees with the migrated ledger', () => {
  const checkFile = path.join(ROOT, 'db/schema.check.ts');
  // A schema.ts as people get it wrong: a column forgotten, one invented, NULL either way, a
  // number where the ledger keeps text, a table forgotten and one that does not exist.
  const brokenFile = path.join(ROOT, 'db/schema.broken.ts');
  const broken = `
    import type { SchemaProblems } from './schema.check';
    import type { AuditLogTable, Database, UsersTable, VisitsTable } from './schema';
    type Broken = Omit<Database, 'visits' | 'users' | 'audit_log' | 'name_positions'> & {
      visits: Omit<VisitsTable, 'notes'> & { notes_typo: string | null };
      users: Omit<UsersTable, 'active' | 'name'> & { active: 0 | 1 | null; name: number };
      audit_log: Omit<AuditLogTable, 'error_code'> & { error_code: string };
      ghosts: { id: number };
    };
    export type BrokenProblems = SchemaProblems<Broken>;
  `;

  /** The string literals of an exported type alias, as the compiler resolves it. */
  function problemsOf(program: ts.Program, file: string, alias: string): string[] {
    const checker = program.getTypeChecker();
    const declaration = program
      .getSourceFile(file)!
      .statements.find(
        (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
      );
    if (!declaration) throw new Error(`no type ${alias} in ${file}`);
    const type = checker.getTypeAtLocation(declaration.name);
    if (type.flags & ts.TypeFlags.Never) return [];
    return (type.isUnion() ? type.types : [type]).map((t) =>
      t.isStringLiteral() ? t.value : `unexpected type ${checker.typeToString(t)}`,
    );
  }

  test('every table and column, with its nullability and a type its column holds (db/schema.check.ts)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (f) => f === brokenFile || fileExists.call(host, f);
    host.readFile = (f) => (f === brokenFile ? broken : readFile.call(host, f));
    host.getSourceFile = (f, ...rest) =>
      f === brokenFile
        ? ts.createSourceFile(f, broken, ts.ScriptTarget.Latest)
        : getSourceFile.call(host, f, ...rest);
    const program = ts.createProgram([checkFile, brokenFile], config.options, host);

    expect(
      problemsOf(program, checkFile, 'LedgerSchemaProblems'),
      'db/schema.ts disagrees with the migrated ledger (its columns are listed in db/schema.columns.ts): ' +
        'correct db/schema.ts.',
    ).toEqual([]);
    expect(ts.getPreEmitDiagnostics(program, program.getSourceFile(checkFile))).toEqual([]);

    // and the check is not blind: each kind of disagreement is named
    expect(problemsOf(program, brokenFile, 'BrokenProblems').sort()).toEqual(
      [
        'audit_log.error_code: nullable in the ledger, not in db/schema.ts',
        'name_positions: a table of the ledger missing from db/schema.ts',
        "users.name: db/schema.ts types it outside what the ledger's column holds",
        'users.active: NOT NULL in the ledger, nullable in db/schema.ts',
        'visits.notes: a column of the ledger missing from db/schema.ts',
        'visits.notes_typo: in db/schema.ts but not a column of the ledger',
        'ghosts: in db/schema.ts but not a table of the ledger',
      ].sort(),
    );
  });
});
