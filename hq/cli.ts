import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { businessDateOf, isBusinessDate } from '../shared/domain/businessDate';
import { formatFen } from '../shared/domain/money';
import { connectHq, describeUrl, HQ_DATABASE_URL_ENV, hqDatabaseUrl, readOnly } from './database';
import { migrateHq } from './migrate';
import { addOffice, OfficeRefused, officeUrl, resetOfficePassword } from './offices';
import { groupDaySheet, type GroupDaySheet } from './reports/groupDaySheet';
import { hqOverview } from './reports/overview';
import { createHqServer } from './serve/server';

const USAGE = `SiteDesk 集团总部 HQ — headquarters commands

  npm run hq -- <command> [--url postgres://…]   (or ${HQ_DATABASE_URL_ENV})

  migrate                                   create or bring up to date HQ's schema, its role
                                            groups and the offices' ingest function
                                            (run as the role that owns the database; it needs CREATEROLE)
  office add --id ID --name NAME [--office-host HOST[:PORT]]
                                            a new office: its own PostgreSQL role, which may only
                                            send its own ledger; prints the URL the office keeps
                                            (npm run desk -- sync --connect URL) — shown once
  office password --id ID [--office-host HOST[:PORT]]
                                            a new password for an office's role (the old one stops)
  office list                               the offices, their heads and chain state
  report [--date YYYY-MM-DD] [--json]       the group day sheet of a business date (default today)
  serve [--port N] [--public-host HOST[:PORT]]
                                            the read-only HQ page on 127.0.0.1 (the link with its
                                            token is printed)
`;

type Out = (line: string) => void;

export async function runHqCli(
  argv: string[],
  out: Out = console.log,
  err: Out = console.error,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err((error as Error).message);
    err(USAGE);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, sub] = positionals;
  const url = hqDatabaseUrl(values.url);
  if (!command || !['migrate', 'office', 'report', 'serve'].includes(command)) {
    err(command ? `unknown command: ${command}` : 'no command given');
    err(USAGE);
    return 2;
  }
  if (!url) {
    err(`no HQ database: --url postgres://… or ${HQ_DATABASE_URL_ENV}`);
    return 2;
  }
  if (command === 'serve') return serve(url, values, out, err);
  const db = await connectHq(url);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateHq(db);
        out(
          applied.length
            ? `SiteDesk HQ: applied ${applied.join(', ')} to ${describeUrl(url)}`
            : `SiteDesk HQ: ${describeUrl(url)} is up to date`,
        );
        return 0;
      }
      case 'office':
        return await office(db, url, sub, values, out, err);
      case 'report':
        return await report(db, values, out, err);
    }
    return 2;
  } catch (error) {
    if (error instanceof OfficeRefused) {
      err(`SiteDesk HQ: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.end();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      'office-host': { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean' },
      port: { type: 'string' },
      'public-host': { type: 'string' },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

async function office(
  db: pg.Client,
  url: string,
  sub: string | undefined,
  values: Values,
  out: Out,
  err: Out,
): Promise<number> {
  if (sub === 'list') {
    const { offices } = await readOnly(db, (c) => hqOverview(c, new Date()));
    if (offices.length === 0) out('SiteDesk HQ: no offices yet');
    for (const o of offices) {
      out(
        `${o.officeId}\t${o.name}\tHQ holds #${o.headSeq} (${o.fingerprint})\tlast delivery ${o.lastSyncAt ?? 'never'}\t${o.state}`,
      );
    }
    return 0;
  }
  if (sub !== 'add' && sub !== 'password') {
    err('office add | office password | office list');
    return 2;
  }
  if (!values.id || (sub === 'add' && !values.name)) {
    err(sub === 'add' ? 'office add needs --id and --name' : 'office password needs --id');
    return 2;
  }
  const made =
    sub === 'add' ? await addOffice(db, values.id, values.name!) : await resetOfficePassword(db, values.id);
  out(`SiteDesk HQ: office ${made.officeId} (${made.name}) sends as role ${made.role}.`);
  out('Keep this on the office PC only (shown once):');
  out(`  npm run desk -- sync --connect '${officeUrl(url, made, values['office-host'])}'`);
  return 0;
}

async function report(db: pg.Client, values: Values, out: Out, err: Out): Promise<number> {
  const date = values.date ?? businessDateOf(new Date());
  if (!isBusinessDate(date)) {
    err('--date must be YYYY-MM-DD');
    return 2;
  }
  const sheet = await readOnly(db, (c) => groupDaySheet(c, date));
  if (values.json) out(JSON.stringify(sheet));
  else printSheet(sheet, out);
  return 0;
}

function printSheet(sheet: GroupDaySheet, out: Out): void {
  out(`SiteDesk HQ — group day sheet 集团日结汇总 ${sheet.date}`);
  const columns = [
    'office',
    'visits',
    'new',
    'returning',
    'people',
    'calls',
    'invited',
    'holds req/appr/dep/rel/sign',
    'deposits',
    'tickets',
    'ticket sales',
    'ticket cash',
    'to cashier',
    'keys out',
    'handovers',
    'close',
  ];
  const line = (cells: string[]) =>
    out(cells.map((c, i) => (i === 0 ? c.padEnd(16) : c.padStart(10))).join(' '));
  line(columns);
  const rows: [string, GroupDaySheet['totals'], string][] = [
    ...sheet.offices.map((o): [string, GroupDaySheet['totals'], string] => [
      o.officeId,
      o.figures,
      `${o.closed ? 'closed' : 'open'}${o.complete ? '' : ` (as of #${o.headSeq})`}`,
    ]),
    ['TOTAL', sheet.totals, ''],
  ];
  for (const [name, f, close] of rows) {
    line([
      name,
      String(f.visits.total),
      String(f.visits.new),
      String(f.visits.returning),
      String(f.visits.people),
      String(f.calls.total),
      String(f.calls.invited),
      [f.holds.requested, f.holds.approved, f.holds.deposits, f.holds.released, f.holds.signed].join('/'),
      formatFen(f.depositsFen),
      String(f.ticketsSold),
      formatFen(f.ticketSalesFen),
      formatFen(f.ticketCashFen),
      formatFen(f.handedToCashierFen),
      String(f.keysOut),
      String(f.handovers),
      close,
    ]);
  }
}

async function serve(url: string, values: Values, out: Out, err: Out): Promise<number> {
  const port = Number(values.port ?? 5848);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    err(`--port must be 0–65535, got ${values.port}`);
    return 2;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'sitedesk hq serve' });
  pool.on('error', () => {});
  const token = randomBytes(24).toString('base64url');
  const server = createHqServer({ pool, token, port, publicHost: values['public-host'] });
  return new Promise<number>((resolve) => {
    server.on('error', (error: NodeJS.ErrnoException) => {
      err(error.code === 'EADDRINUSE' ? `SiteDesk HQ: port ${port} is in use; try --port 0` : String(error));
      void pool.end().then(() => resolve(1));
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      out(`SiteDesk HQ: http://127.0.0.1:${bound}/?token=${token}`);
    });
    const stop = () => {
      server.close();
      server.closeAllConnections();
      void pool.end().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

const invokedDirectly = process.argv[1] !== undefined && /hq[\\/]cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  runHqCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`SiteDesk HQ: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
