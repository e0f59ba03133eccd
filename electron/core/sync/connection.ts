import fs from 'node:fs';
import path from 'node:path';

/**
 * The connection to the group headquarters' PostgreSQL: a URL with the office's own role and
 * password (`postgres://office_role:password@hq.example.com/sitedesk_hq?sslmode=verify-full`),
 * kept outside the ledger — in a file of its own in the data folder, readable by its owner only,
 * or in the SITEDESK_HQ_URL environment variable, which wins. Never in the ledger, its backups,
 * the audit trail or a call's answer: whoever holds the ledger file must not hold the password.
 */
export const HQ_URL_ENV = 'SITEDESK_HQ_URL';

/** The folder beside the ledger with what the sync keeps outside it. */
export function hqDir(dataDir: string): string {
  return path.join(dataDir, 'headquarters');
}

export function connectionFile(dataDir: string): string {
  return path.join(hqDir(dataDir), 'connection.url');
}

export interface HqConnection {
  url: string;
  source: 'file' | 'environment';
}

export interface ConnectionLookup {
  connection: HqConnection | null;
  /** Why a connection that is set up is not used (a file others may read, a malformed URL). */
  problem: string | null;
}

/** Whether `url` is a PostgreSQL URL; the reason when it is not. */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    return 'not a postgres:// URL';
  }
  if (!parsed.hostname) return 'no host';
  if (!parsed.username) return 'no role (user) in the URL';
  return null;
}

/** The URL without its password, to show or log. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/**
 * The connection to use now: SITEDESK_HQ_URL, else the file. A file that others than its owner
 * may read is refused (on POSIX systems, where the mode says so), as ssh refuses such a key.
 */
export function findHqConnection(dataDir: string, env: NodeJS.ProcessEnv = process.env): ConnectionLookup {
  const fromEnv = env[HQ_URL_ENV]?.trim();
  if (fromEnv) {
    const problem = urlProblem(fromEnv);
    return problem
      ? { connection: null, problem: `${HQ_URL_ENV}: ${problem}` }
      : { connection: { url: fromEnv, source: 'environment' }, problem: null };
  }
  const file = connectionFile(dataDir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { connection: null, problem: null };
  }
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    return {
      connection: null,
      problem: `${file} may be read by others; make it the owner's only (chmod 600)`,
    };
  }
  const url = fs.readFileSync(file, 'utf8').trim();
  const problem = urlProblem(url);
  return problem
    ? { connection: null, problem: `${file}: ${problem}` }
    : { connection: { url, source: 'file' }, problem: null };
}

/** Keeps `url` as the office's connection to HQ: the file, written for its owner only. */
export function saveHqConnection(dataDir: string, url: string): string {
  const problem = urlProblem(url);
  if (problem) throw new Error(`not a connection to HQ: ${problem}`);
  fs.mkdirSync(hqDir(dataDir), { recursive: true, mode: 0o700 });
  const file = connectionFile(dataDir);
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, `${url}\n`, { mode: 0o600 });
  fs.chmodSync(staging, 0o600); // the mode of writeFileSync is masked by the umask
  fs.renameSync(staging, file);
  return file;
}

/** Forgets the connection: the desk stops sending. */
export function removeHqConnection(dataDir: string): void {
  fs.rmSync(connectionFile(dataDir), { force: true });
}
