import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { openLedger } from '../../../db/connection';
import { AppError } from '../../../shared/domain/errors';
import { PinnableClock } from '../../core/clock';
import { DEFAULT_DEMO_DAYS, demoProgressLine, seedDemoOffice } from '../../core/demo/history';
import { openDesk } from '../../core/desk';
import { takeFolderAlone } from '../../core/folderLock';
import { backupAndVerify, ledgerFile, restoreLedger } from '../../core/maintenance';
import { openLogFile } from '../../core/log';
import { defaultDataDir, defaultKeysDir } from '../../core/paths';
import { exportDay } from './exportDay';
import { deskSync } from './sync';
import { cliKeyStore, verifyCommand } from './verify';

const USAGE = `SiteDesk 案场前台台账 — admin commands

  npm run desk -- <command> [--data DIR]

  init     --project NAME --admin NAME --pin PIN [--office-id ID]
                                                  a new ledger with its administrator (and its id
                                                  at headquarters; made up when left out)
  demo     [--demo-days N]                        a new ledger filled with the demo office and its
                                                  last N business days, each closed (default ${DEFAULT_DEMO_DAYS}; 0: none)
  verify   [--witness FP]… [--backups DIR]…      SQLite integrity, the audit chain and its seals, held
                                                  against every witness: the head file of each
                                                  backup (backups/, the second backup folder and
                                                  each --backups DIR), the head headquarters last
                                                  acknowledged (after a sync) and each fingerprint
                                                  台账指纹 typed from a printed day sheet (--witness
                                                  1234:3FA2-9C1B-77E0-D4A5); names the first bad
                                                  row and the witness that caught it
  backup   --out FILE                             online backup, verified after writing, with its
                                                  head file (FILE's name, .head.json)
  restore  --from FILE                            replace the ledger with a verified backup; refused
                                                  while the app or the web host runs on the folder
  export-day --date YYYY-MM-DD --out FILE.xlsx [--pdf FILE.pdf] [--chromium PATH]
                                                  the day's reconciliation sheet 日结对账单
                                                  (PDF via Chromium: --chromium, $CHROMIUM_PATH
                                                  or /usr/bin/chromium)

  sync     [--connect URL | --forget] [--office-id ID] [--status]
                                                  send the ledger to headquarters now (until HQ
                                                  holds all of it); --connect keeps the HQ URL
                                                  beside the ledger (owner-only file), --office-id
                                                  names an office made before office ids

  --data DIR   the data folder (default: the app's own, ${defaultDataDir()})
  --key FILE   the key file sealing the audit chain (default: seal-key.json in ${defaultKeysDir()})
`;

type Out = (line: string) => void;

/** Runs one command; returns the exit code (0 ok, 1 refused or failed check, 2 usage). */
export async function runCli(
  argv: string[],
  out: Out = console.log,
  err: Out = console.error,
): Promise<number> {
  const [command, ...rest] = argv;
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        project: { type: 'string' },
        admin: { type: 'string' },
        pin: { type: 'string' },
        date: { type: 'string' },
        pdf: { type: 'string' },
        chromium: { type: 'string' },
        'demo-days': { type: 'string' },
        'office-id': { type: 'string' },
        connect: { type: 'string' },
        forget: { type: 'boolean' },
        status: { type: 'boolean' },
        key: { type: 'string' },
        witness: { type: 'string', multiple: true },
        backups: { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    err((error as Error).message);
    err(USAGE);
    return 2;
  }
  const dataDir = path.resolve((values.data as string | undefined) ?? defaultDataDir());
  try {
    switch (command) {
      case 'init':
        return await init(dataDir, values, out, err);
      case 'demo':
        return await demo(
          dataDir,
          values['demo-days'] as string | undefined,
          values.key as string | undefined,
          out,
          err,
        );
      case 'verify':
        return await verifyCommand(
          dataDir,
          {
            key: values.key as string | undefined,
            witnesses: (values.witness as string[] | undefined) ?? [],
            backups: (values.backups as string[] | undefined) ?? [],
          },
          out,
          err,
        );
      case 'backup':
        return await backup(dataDir, values.out as string | undefined, out, err);
      case 'restore':
        return await restore(
          dataDir,
          values.from as string | undefined,
          values.key as string | undefined,
          out,
          err,
        );
      case 'export-day':
        return await exportDay(dataDir, values, out, err);
      case 'sync':
        return await deskSync(
          dataDir,
          {
            connect: values.connect as string | undefined,
            forget: values.forget === true,
            officeId: values['office-id'] as string | undefined,
            status: values.status === true,
          },
          out,
          err,
        );
      case undefined:
        err('no command given');
        err(USAGE);
        return 2;
      default:
        err(`unknown command: ${command}`);
        err(USAGE);
        return 2;
    }
  } catch (error) {
    err(error instanceof AppError ? `${error.body('zh-CN').message} / ${error.message}` : String(error));
    // Into the desk's log when the folder holds a ledger: a command never makes a folder to log in.
    if (fs.existsSync(ledgerFile(dataDir))) {
      openLogFile(dataDir, { source: 'cli' }).error(`${command} failed`, error);
    }
    return 1;
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function init(dataDir: string, values: Record<string, unknown>, out: Out, err: Out): Promise<number> {
  const interactive = process.stdin.isTTY === true;
  const project =
    (values.project as string | undefined) ?? (interactive ? await ask('项目名称 Project: ') : undefined);
  const admin =
    (values.admin as string | undefined) ?? (interactive ? await ask('管理员姓名 Admin name: ') : undefined);
  const pin =
    (values.pin as string | undefined) ??
    (interactive ? await ask('管理员 PIN/密码 Admin PIN: ') : undefined);
  if (!project || !admin || !pin) {
    err('init needs --project, --admin and --pin');
    return 2;
  }
  const desk = await openDesk({ dataDir, keyStore: cliKeyStore(values.key as string | undefined) });
  try {
    const officeId = values['office-id'] as string | undefined;
    const res = await desk.router.call('auth.setup', {
      projectName: project,
      adminName: admin,
      adminSecret: pin,
      ...(officeId === undefined ? {} : { officeId }),
    });
    if (!res.ok) {
      err(res.error.message);
      return 1;
    }
    await desk.router.call('auth.signOut', {});
    out(`SiteDesk: ledger ready at ${desk.ledger.file}; administrator ${admin}`);
    return 0;
  } finally {
    await desk.close();
  }
}

async function demo(
  dataDir: string,
  daysText: string | undefined,
  keyFile: string | undefined,
  out: Out,
  err: Out,
): Promise<number> {
  const keyStore = cliKeyStore(keyFile);
  const days = daysText === undefined ? DEFAULT_DEMO_DAYS : Number(daysText);
  if (!Number.isInteger(days) || days < 0 || days > 60) {
    err(`--demo-days must be 0–60, got ${daysText}`);
    return 2;
  }
  if (fs.existsSync(ledgerFile(dataDir))) {
    const desk = await openDesk({ dataDir, keyStore });
    const session = await desk.router.call('auth.session', {});
    await desk.close();
    if (session.ok && !(session.data as { setupRequired: boolean }).setupRequired) {
      err(
        `a ledger with data already exists at ${ledgerFile(dataDir)}; demo data goes into an empty folder (--data DIR)`,
      );
      return 1;
    }
  }
  const clock = new PinnableClock();
  const desk = await openDesk({ dataDir, clock, keyStore });
  try {
    await seedDemoOffice(desk.router, clock, { days, onProgress: (p) => err(demoProgressLine(p)) });
    out(
      `SiteDesk: demo ledger ready at ${desk.ledger.file}, ${days} closed day(s) of history (sign-ins in README.md)`,
    );
    return 0;
  } finally {
    await desk.close();
  }
}

async function backup(dataDir: string, outFile: string | undefined, out: Out, err: Out): Promise<number> {
  if (!outFile) {
    err('backup needs --out FILE');
    return 2;
  }
  if (!fs.existsSync(ledgerFile(dataDir))) {
    err(`no ledger at ${ledgerFile(dataDir)}`);
    return 1;
  }
  const ledger = openLedger(ledgerFile(dataDir));
  try {
    const result = await backupAndVerify(ledger, path.resolve(outFile));
    out(
      `SiteDesk backup: ${result.file} (${result.bytes} bytes), verified: ${result.report.auditRows} audit rows`,
    );
    return 0;
  } finally {
    await ledger.close();
  }
}

async function restore(
  dataDir: string,
  from: string | undefined,
  keyFile: string | undefined,
  out: Out,
  err: Out,
): Promise<number> {
  if (!from) {
    err('restore needs --from FILE');
    return 2;
  }
  // A backup that is not there is refused before the data folder is touched (not even its lock).
  const source = path.resolve(from);
  if (!fs.existsSync(source)) throw new AppError('BACKUP_INVALID', { reason: `no such file: ${source}` });
  // Refused while a desk runs on the folder: its later writes would land in the replaced file.
  const alone = takeFolderAlone(dataDir);
  try {
    const { previous, report } = await restoreLedger(dataDir, source, {
      keyStore: cliKeyStore(keyFile),
    });
    out(`SiteDesk restore: ledger replaced from ${from} (${report.auditRows} audit rows verified)`);
    if (previous) out(`the ledger it replaced was kept as ${previous}`);
    return 0;
  } finally {
    alone.release();
  }
}

const invokedDirectly = process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
