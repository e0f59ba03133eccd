// Regenerates the schema's committed records after adding a migration: db/schema.snapshot.json
// (the migrated schema), db/schema.columns.ts (its columns as types) and the checksum of each new
// migration in db/migrations/checksums.json. Review the diff before committing it.
// Usage: npm run db:snapshot
import fs from 'node:fs';
import path from 'node:path';
import {
  CHECKSUMS_FILE,
  COLUMNS_FILE,
  ROOT,
  SNAPSHOT_FILE,
  checksumOf,
  checksumsFileText,
  columnsFileText,
  migratedSchema,
  migrationFiles,
  recordedChecksums,
  snapshotFileText,
} from './schema/files';

function write(file: string, text: string): void {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (before === text) return console.log(`unchanged ${path.relative(ROOT, file)}`);
  fs.writeFileSync(file, text);
  console.log(`wrote     ${path.relative(ROOT, file)}`);
}

// A shipped migration's checksum is never rewritten here: an edited one is refused instead.
const recorded = recordedChecksums();
const files = migrationFiles();
const problems = [
  ...files
    .filter((m) => recorded[m] !== undefined && recorded[m] !== checksumOf(m))
    .map((m) => `${m} was edited`),
  ...Object.keys(recorded)
    .filter((m) => !files.includes(m))
    .map((m) => `${m} was removed`),
];
if (problems.length > 0) {
  console.error(
    `${problems.join('; ')}.\nShipped migrations are never edited, removed or renamed: put them back ` +
      '(git checkout db/migrations) and make the change in a new numbered migration.',
  );
  process.exit(1);
}
const checksums = { ...recorded };
for (const m of files) checksums[m] ??= checksumOf(m);

const schema = await migratedSchema();
write(SNAPSHOT_FILE, await snapshotFileText(schema));
write(COLUMNS_FILE, await columnsFileText(schema));
write(CHECKSUMS_FILE, await checksumsFileText(checksums));
