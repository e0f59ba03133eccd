import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { openLedger } from '../../db/connection';
import { migrateLedger } from '../../db/migrate';
import { columnsSource } from './columns';
import { migrationChecksum } from './checksums';
import { readSchema, type SchemaSnapshot } from './snapshot';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SNAPSHOT_FILE = path.join(ROOT, 'db/schema.snapshot.json');
export const COLUMNS_FILE = path.join(ROOT, 'db/schema.columns.ts');
export const MIGRATIONS_DIR = path.join(ROOT, 'db/migrations');
export const CHECKSUMS_FILE = path.join(MIGRATIONS_DIR, 'checksums.json');

/** The schema of a new ledger brought to this version by the shipped migrations. */
export async function migratedSchema(): Promise<SchemaSnapshot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-schema-'));
  const ledger = openLedger(path.join(dir, 'ledger.sqlite'));
  try {
    await migrateLedger(ledger, dir);
    return readSchema(ledger.sqlite);
  } finally {
    await ledger.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text as the repository's Prettier settings write it, so `prettier --check` agrees. */
async function formatted(text: string, file: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

/**
 * The snapshot as JSON: objects of plain values (a column, an index key) on one line, the rest
 * one entry per line, so a change reads as the lines of what changed.
 */
export function snapshotFileText(snapshot: SchemaSnapshot): Promise<string> {
  return formatted(compactJson(snapshot, ''), SNAPSHOT_FILE);
}

export function columnsFileText(snapshot: SchemaSnapshot): Promise<string> {
  return formatted(columnsSource(snapshot), COLUMNS_FILE);
}

function compactJson(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) return JSON.stringify(value);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The migration files, by name without `.ts`, in order. */
export function migrationFiles(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_.+\.ts$/.test(f))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
}

export function checksumOf(migration: string): string {
  return migrationChecksum(fs.readFileSync(path.join(MIGRATIONS_DIR, `${migration}.ts`), 'utf8'));
}

export function recordedChecksums(): Record<string, string> {
  return fs.existsSync(CHECKSUMS_FILE)
    ? (JSON.parse(fs.readFileSync(CHECKSUMS_FILE, 'utf8')) as Record<string, string>)
    : {};
}

export function checksumsFileText(checksums: Record<string, string>): Promise<string> {
  return formatted(JSON.stringify(checksums, null, 2), CHECKSUMS_FILE);
}
