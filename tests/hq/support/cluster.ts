import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster for the HQ tests (and the bench): `initdb` in a temp folder, on
 * a free port of 127.0.0.1, password logins over TCP (SCRAM, as a real HQ), TLS with a
 * self-signed certificate when openssl is there. Run as the `postgres` OS user when the tests
 * run as root (PostgreSQL refuses to run as root), as the current user otherwise. Never a mock:
 * the Debian `postgresql` package (`apt-get install postgresql`) is all it needs.
 *
 * SITEDESK_TEST_PG_URL (a superuser's URL) uses an existing server instead.
 */
export interface TestCluster {
  host: string;
  port: number;
  superuser: string;
  password: string;
  /** The server's certificate, to trust with sslrootcert (null without TLS). */
  certFile: string | null;
  /** The superuser's URL of a database of this cluster. */
  url(database?: string): string;
  stop(): void;
}

export const TEST_PG_URL_ENV = 'SITEDESK_TEST_PG_URL';

/** initdb, pg_ctl…: from SITEDESK_PG_BIN, pg_config, or the newest /usr/lib/postgresql/N/bin. */
export function postgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.SITEDESK_PG_BIN) candidates.push(process.env.SITEDESK_PG_BIN);
  const versions = fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on the PATH
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb'))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const runsAsRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as the user the server runs as. */
function asServerUser(file: string, args: string[]): void {
  const [command, argv] = runsAsRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  // from a folder the server's user may enter (a clone under /root is not one)
  const result = spawnSync(command, argv, { encoding: 'utf8', cwd: os.tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${path.basename(file)} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

function selfSignedCertificate(dir: string): string | null {
  const cert = path.join(dir, 'server.crt');
  const key = path.join(dir, 'server.key');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  return result.status === 0 ? cert : null;
}

export async function startTestCluster(): Promise<TestCluster> {
  const external = process.env[TEST_PG_URL_ENV];
  if (external) {
    const parsed = new URL(external);
    return {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      superuser: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      certFile: null,
      url(database = parsed.pathname.slice(1) || 'postgres') {
        const u = new URL(external);
        u.pathname = `/${database}`;
        return u.toString();
      },
      stop() {},
    };
  }
  const bin = postgresBin();
  if (!bin)
    throw new Error('PostgreSQL is not installed: apt-get install postgresql (or set SITEDESK_PG_BIN)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-pg-'));
  const data = path.join(dir, 'data');
  const password = 'hq-tests-superuser';
  const pwfile = path.join(dir, 'pwfile');
  fs.writeFileSync(pwfile, `${password}\n`);
  const certFile = selfSignedCertificate(dir);
  if (runsAsRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const file of fs.readdirSync(dir)) fs.chownSync(path.join(dir, file), uid, gid);
    fs.chownSync(dir, uid, gid);
  }
  if (certFile) fs.chmodSync(path.join(dir, 'server.key'), 0o600);
  asServerUser(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${pwfile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const settings = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    // a throwaway cluster: durability is not what the tests are about, speed on a loaded machine is
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 200',
    'shared_buffers = 64MB',
    ...(certFile
      ? ['ssl = on', `ssl_cert_file = '${certFile}'`, `ssl_key_file = '${path.join(dir, 'server.key')}'`]
      : []),
  ];
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n${settings.join('\n')}\n`);
  asServerUser(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const url = (database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    host: '127.0.0.1',
    port,
    superuser: 'postgres',
    password,
    certFile,
    url,
    stop() {
      try {
        asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
