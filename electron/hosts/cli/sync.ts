import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { ledgerFingerprint } from '../../../shared/domain/fingerprint';
import { SYNC_STATE_LABELS } from '../../../shared/domain/vocab';
import { openDesk } from '../../core/desk';
import { ledgerFile } from '../../core/maintenance';
import {
  checkAcknowledgedHead,
  readAcknowledgedHead,
  type AcknowledgedHead,
} from '../../core/sync/acknowledgedHead';
import {
  describeUrl,
  findHqConnection,
  removeHqConnection,
  saveHqConnection,
  urlProblem,
} from '../../core/sync/connection';
import { readLastSync, recordLastSync, unreachable } from '../../core/sync/lastSync';
import { syncWithHq, type SyncReport } from '../../core/sync/run';

type Out = (line: string) => void;

export interface SyncArgs {
  connect?: string;
  forget?: boolean;
  officeId?: string;
  status?: boolean;
}

/** Attempts of a `desk sync` when HQ cannot be reached, and the wait before each new one. */
const ATTEMPTS = 3;
const RETRY_MS = 2_000;

/**
 * `npm run desk -- sync [--connect URL | --forget] [--office-id ID] [--status]`: set up the
 * connection to HQ (kept beside the ledger, for its owner only), give an old ledger its office
 * id, show where the sync stands, or sync now — until HQ holds the whole ledger.
 */
export async function deskSync(dataDir: string, args: SyncArgs, out: Out, err: Out): Promise<number> {
  if (!fs.existsSync(ledgerFile(dataDir))) {
    err(`no ledger at ${ledgerFile(dataDir)}`);
    return 1;
  }
  if (args.connect !== undefined) {
    const problem = urlProblem(args.connect);
    if (problem) {
      err(`--connect: ${problem} (postgres://role:password@host:5432/database?sslmode=verify-full)`);
      return 2;
    }
    const file = saveHqConnection(dataDir, args.connect);
    out(`SiteDesk sync: HQ connection kept in ${file} (owner only): ${describeUrl(args.connect)}`);
  }
  if (args.forget) {
    removeHqConnection(dataDir);
    out('SiteDesk sync: HQ connection removed; the desk stops sending');
  }
  if (args.officeId !== undefined) {
    const desk = await openDesk({ dataDir });
    try {
      const res = await desk.router.call('sync.setOfficeId', { officeId: args.officeId }, { system: true });
      if (!res.ok) {
        err(res.error.message);
        return 1;
      }
      out(`SiteDesk sync: the office id is ${args.officeId}`);
    } finally {
      await desk.close();
    }
  }
  if (args.status) return status(dataDir, out);
  if (args.connect !== undefined || args.forget || args.officeId !== undefined) return 0;
  return syncNow(dataDir, out, err);
}

function witness(dataDir: string, head: AcknowledgedHead): string | null {
  const sqlite = new BetterSqlite3(ledgerFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    return checkAcknowledgedHead(sqlite, head)?.problem ?? null;
  } finally {
    sqlite.close();
  }
}

function status(dataDir: string, out: Out): number {
  const { connection, problem } = findHqConnection(dataDir);
  out(`HQ connection: ${connection ? `${describeUrl(connection.url)} (${connection.source})` : 'none'}`);
  if (problem) out(`  not used: ${problem}`);
  const head = readAcknowledgedHead(dataDir);
  out(
    head
      ? `acknowledged by HQ: ${head.officeId} up to #${head.seq} (${ledgerFingerprint(head.hash)}) on ${head.at}`
      : 'acknowledged by HQ: nothing yet',
  );
  if (head) {
    const problem = witness(dataDir, head);
    out(problem ? `  the ledger does NOT match it: ${problem}` : '  the ledger still matches it');
  }
  const last = readLastSync(dataDir);
  out(last ? `last sync: ${last.at} — ${describe(last)}` : 'last sync: never');
  return 0;
}

function describe(report: SyncReport): string {
  const words = SYNC_STATE_LABELS[report.state];
  const head = report.head ? `, HQ holds #${report.head.seq} of #${report.localSeq}` : '';
  const detail = report.detail ? ` — ${report.detail}` : '';
  return `${words['zh-CN']} / ${words.en}${head}, ${report.accepted} new entries sent${detail}`;
}

async function syncNow(dataDir: string, out: Out, err: Out): Promise<number> {
  const { connection, problem } = findHqConnection(dataDir);
  if (!connection) {
    err(problem ?? 'no connection to HQ: npm run desk -- sync --connect postgres://…');
    return 1;
  }
  let failures = 0;
  for (;;) {
    let report: SyncReport;
    try {
      report = await syncWithHq({
        dataDir,
        url: connection.url,
        onBatch: (p) => out(`  HQ holds #${p.headSeq} of #${p.localSeq}`),
      });
    } catch (error) {
      report = unreachable(dataDir, error, new Date());
    }
    recordLastSync(dataDir, report);
    if (report.state === 'unreachable' && ++failures < ATTEMPTS) {
      err(`SiteDesk sync: ${describe(report)}; trying again`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * failures));
      continue;
    }
    if (report.state === 'partial') continue;
    (report.state === 'synced' ? out : err)(`SiteDesk sync: ${describe(report)}`);
    return report.state === 'synced' ? 0 : 1;
  }
}
