import { sql, type Kysely } from 'kysely';

/**
 * The keyed seal of the audit chain. Each audit row carries, besides its hash, `seal`: an
 * HMAC-SHA256 of that hash under a key of this installation that is kept outside the ledger
 * (electron/core/audit/sealKeys.ts). Rows written before this migration have none — `verify`
 * reports them as legacy, written before sealing began — and from now on the database refuses
 * an audit row without its seal, so no code path can append one unsealed.
 */
const statements = [
  `ALTER TABLE audit_log ADD COLUMN seal TEXT
     CHECK (seal IS NULL OR (length(seal) = 64 AND seal NOT GLOB '*[^0-9a-f]*'))`,
  `CREATE TRIGGER audit_log_sealed BEFORE INSERT ON audit_log WHEN NEW.seal IS NULL
   BEGIN SELECT RAISE(ABORT, 'audit chain: a new row is appended with its seal'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
