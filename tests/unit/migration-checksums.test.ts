import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { migrations } from '../../db/migrations';
import { codeTokens, migrationChecksum } from '../../scripts/schema/checksums';
import { MIGRATIONS_DIR, checksumOf, migrationFiles, recordedChecksums } from '../../scripts/schema/files';

const NEVER_EDITED =
  'Shipped migrations are never edited: a desk that already ran one will never run it again. Put it ' +
  'back as it was (git checkout db/migrations) and make the change in a new numbered migration.';

describe('shipped migrations are frozen', () => {
  test('each migration is the one whose checksum db/migrations/checksums.json records', () => {
    const recorded = recordedChecksums();
    const files = migrationFiles();
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const name of files) {
      expect(
        recorded[name],
        `${name} is new: run \`npm run db:snapshot\` to record its checksum (and the schema it makes).`,
      ).toBeDefined();
      expect(checksumOf(name), `${name} was edited. ${NEVER_EDITED}`).toBe(recorded[name]);
    }
    for (const name of Object.keys(recorded)) {
      expect(files, `${name} was removed or renamed. ${NEVER_EDITED}`).toContain(name);
    }
  });

  test('db/migrations/index.ts runs exactly the migration files, in the order of their names', () => {
    expect(Object.keys(migrations)).toEqual(migrationFiles());
  });
});

describe('a migration checksum is of what the migration does', () => {
  const original = [
    "import { sql, type Kysely } from 'kysely';",
    '',
    '/** Why the index: lists by date. */',
    'const statements = [',
    "  `CREATE INDEX a_by_date ON a(business_date) WHERE kind = 'x'`, // the partial one",
    '  `CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, \'${"no"} // not a comment\'); END`,',
    '];',
    '/* layout of a block',
    '   comment */',
    'export async function up(db: Kysely<unknown>): Promise<void> {',
    "  const done = /\\/\\/ kept/.test('x') ? { a: 1 } : {};",
    "  for (const s of statements) await sql.raw(`${s}${done ? '' : ''}`).execute(db);",
    '}',
    '',
  ].join('\n');
  const sum = migrationChecksum(original);

  test('comments, layout between tokens and CRLF line endings do not change it', () => {
    const reworded = original
      .replace('Why the index: lists by date.', 'Lists read by date use it.')
      .replace('// the partial one', '// partial: only kind x')
      .replace('layout of a block', 'a reworded block');
    expect(migrationChecksum(reworded)).toBe(sum);
    expect(migrationChecksum(original.replaceAll('\n', '\r\n'))).toBe(sum);
    expect(migrationChecksum(original.replace('const statements = [', 'const   statements =\n    ['))).toBe(
      sum,
    );
    expect(migrationChecksum(original.replace('\n\n', '\n\n\n\n'))).toBe(sum);
  });

  test('any change to the SQL text or to the code changes it', () => {
    const changes: [string, string][] = [
      ['a(business_date)', 'a(business_date, id)'], // the SQL
      ["kind = 'x'", "kind  = 'x'"], // whitespace inside the SQL text
      ['// not a comment', '// not  a comment'], // inside a template literal, not a comment
      ['${"no"}', '${"yes"}'], // inside a substitution
      ['/\\/\\/ kept/', '/\\/\\/ gone/'], // a regular expression that looks like a comment
      ['{ a: 1 }', '{ a: 2 }'],
      ['for (const s of statements)', 'for (const s of statements.slice(1))'],
    ];
    for (const [from, to] of changes) {
      expect(original).toContain(from);
      expect(migrationChecksum(original.replace(from, to)), `${from} → ${to}`).not.toBe(sum);
    }
  });

  test('the shipped migrations are read token by token, each literal whole, as the compiler reads them', () => {
    for (const name of migrationFiles()) {
      const source = fs.readFileSync(path.join(MIGRATIONS_DIR, `${name}.ts`), 'utf8');
      const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
      const literals: string[] = [];
      const visit = (node: ts.Node): void => {
        if (LITERALS.has(node.kind)) literals.push(node.getText(file));
        ts.forEachChild(node, visit);
      };
      visit(file);
      const tokens = new Set(codeTokens(source));
      expect(literals.length, name).toBeGreaterThan(0);
      for (const literal of literals) expect(tokens.has(literal), `${name}: ${literal}`).toBe(true);
    }
  });
});

const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);
