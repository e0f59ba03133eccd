import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { isOfficeId } from '../shared/domain/officeId';

/**
 * An office at HQ: a row in hq.offices and a PostgreSQL login role of its own, member of the
 * `<db>_offices` group, which may call `hq_office.ingest` and nothing else — and ingest takes
 * from each role only its own office's ledger. The password is made here, printed once (in the
 * office's connection URL) and stored by PostgreSQL only as a SCRAM verifier, computed here so
 * the password itself never reaches the server's statement log.
 */
export interface NewOffice {
  officeId: string;
  name: string;
  role: string;
  password: string;
}

export function officeRoleName(database: string, officeId: string): string {
  return `${database}_office_${officeId}`;
}

/** PostgreSQL's SCRAM-SHA-256 verifier of a password (RFC 5802/7677, as PostgreSQL stores it). */
export function scramVerifier(password: string, iterations = 4096): string {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

async function database(db: ClientBase): Promise<string> {
  return (await db.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export class OfficeRefused extends Error {}

export async function addOffice(db: ClientBase, officeId: string, name: string): Promise<NewOffice> {
  if (!isOfficeId(officeId)) {
    throw new OfficeRefused(
      `office id "${officeId}": lowercase letters, digits and hyphens, 2–32, starting with a letter or digit`,
    );
  }
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 60) throw new OfficeRefused('office name: 1–60 characters');
  const dbName = await database(db);
  const role = officeRoleName(dbName, officeId);
  if (Buffer.byteLength(role) > 63) {
    throw new OfficeRefused(
      `role name ${role} is longer than PostgreSQL's 63 bytes: use a shorter office id`,
    );
  }
  const password = newPassword();
  await db.query('BEGIN');
  try {
    const exists = await db.query('SELECT 1 FROM hq.offices WHERE office_id = $1', [officeId]);
    if (exists.rowCount) throw new OfficeRefused(`office ${officeId} is already at HQ`);
    await db.query(
      `CREATE ROLE ${quoteIdent(role)} LOGIN CONNECTION LIMIT 4 PASSWORD ${quoteLiteral(scramVerifier(password))} IN ROLE ${quoteIdent(`${dbName}_offices`)}`,
    );
    await db.query('INSERT INTO hq.offices (office_id, name, role_name) VALUES ($1, $2, $3)', [
      officeId,
      trimmed,
      role,
    ]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return { officeId, name: trimmed, role, password };
}

/** Gives an office's role a new password (the old one stops working): answers it. */
export async function resetOfficePassword(db: ClientBase, officeId: string): Promise<NewOffice> {
  const row = (
    await db.query<{ name: string; role_name: string }>(
      'SELECT name, role_name FROM hq.offices WHERE office_id = $1',
      [officeId],
    )
  ).rows[0];
  if (!row) throw new OfficeRefused(`no office ${officeId} at HQ`);
  const password = newPassword();
  await db.query(`ALTER ROLE ${quoteIdent(row.role_name)} PASSWORD ${quoteLiteral(scramVerifier(password))}`);
  return { officeId, name: row.name, role: row.role_name, password };
}

/** The URL an office keeps (`npm run desk -- sync --connect …`): HQ's, with the office's role. */
export function officeUrl(hqUrl: string, office: NewOffice, host?: string): string {
  const url = new URL(hqUrl);
  url.username = encodeURIComponent(office.role);
  url.password = encodeURIComponent(office.password);
  if (host) url.host = host;
  return url.toString();
}
