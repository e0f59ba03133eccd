import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/domain/errors';
import { PinnableClock } from '../../core/clock';
import {
  DEFAULT_DEMO_DAYS,
  demoProgressLine,
  seedDemoOffice,
  type DemoProgress,
} from '../../core/demo/history';
import { openDesk } from '../../core/desk';
import { openLogFile, type Log } from '../../core/log';
import { defaultDataDir } from '../../core/paths';
import { RENDERER_DIST } from '../repoPaths';
import { ensureRendererBuilt } from './rendererBuild';
import { createWebHost } from './server';

/** The log file in the data folder, once the folder is known. */
let log: Log | undefined;

/** `npm run web -- [--data DIR] [--port N] [--demo [--demo-days N]]` */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '5847' },
      demo: { type: 'boolean', default: false },
      'demo-days': { type: 'string', default: String(DEFAULT_DEMO_DAYS) },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const demoDays = Number(values['demo-days']);
  if (!Number.isInteger(demoDays) || demoDays < 0 || demoDays > 60)
    throw new Error(`--demo-days must be 0–60, got ${values['demo-days']}`);
  if (!values['no-build']) ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));

  const dataDir = values.data ?? defaultDataDir();
  const file = openLogFile(dataDir, { source: 'web' });
  log = file;
  // A monitor only: the process still ends as it would without one.
  process.on('uncaughtExceptionMonitor', (error) => file.error('uncaught exception', error));
  // The system time, pinned only while the demo history writes its past days.
  const clock = new PinnableClock();
  const desk = await openDesk({
    dataDir,
    clock,
    log: file,
    source: 'web',
    onInternalError: (channel, error) => console.error(`[${channel}]`, error),
    // Another program (a restore run beside it) replaced the file: every call is refused from now on.
    onLedgerReplaced: (replaced) =>
      console.error(
        `SiteDesk: the ledger ${replaced} was replaced under the web host; it stopped writing. Restart it.`,
      ),
  });
  if (values.demo) {
    const onProgress = (p: DemoProgress) => process.stderr.write(`${demoProgressLine(p)}\n`);
    await seedDemoOffice(desk.router, clock, { days: demoDays, onProgress });
  }
  const stopJobs = desk.startBackgroundJobs();

  const token = randomBytes(24).toString('base64url');
  const server = createWebHost({
    router: desk.router,
    rendererDir: RENDERER_DIST,
    token,
    port,
    onInternalError: (error, ref) => {
      file.error(`unexpected error answering a request (ref ${ref})`, error);
      console.error(`SiteDesk: unexpected error answering a request (ref ${ref})`, error);
    },
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    file.error(`web host could not listen on port ${port}`, error);
    console.error(error.code === 'EADDRINUSE' ? `SiteDesk: port ${port} is in use; try --port 0` : error);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    // Logged before the link is printed, and without the token: the token is the key to the desk.
    file.info(`web host started on http://127.0.0.1:${bound}; ledger ${desk.ledger.file}`);
    process.stdout.write(`SiteDesk: http://127.0.0.1:${bound}/?token=${token}\n`);
    process.stderr.write(`SiteDesk: ledger ${desk.ledger.file}\n`);
  });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    void stopJobs(); // desk.close() below waits for a job still running
    server.close();
    server.closeAllConnections();
    void desk.close({ backup: true }).then(() => {
      file.info(`web host stopped (${signal})`);
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  log?.error('web host could not start', error);
  if (error instanceof AppError) {
    console.error(`SiteDesk: ${error.body('zh-CN').message}\nSiteDesk: ${error.message}`);
    if (error.code === 'LEDGER_DAMAGED' && error.params.backup !== '—') {
      console.error(`SiteDesk: npm run desk -- restore --from <data>/backups/${error.params.backup}`);
    }
  } else {
    console.error(`SiteDesk: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
