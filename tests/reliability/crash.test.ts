import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { seedDemo } from '../../electron/core/demo';
import { openDesk } from '../../electron/core/desk';
import { ledgerFile, verifyLedgerFile } from '../../electron/core/maintenance';
import { REPO_ROOT } from '../../electron/hosts/repoPaths';
import { tempDir } from '../support/desk';

const KILLS = Number(process.env.CRASH_KILLS ?? 15);

interface Run {
  lastAck: { n: number; value: number } | null;
  acks: number;
}

/** Starts the writer, lets it write for a random moment after it is ready, then SIGKILLs it. */
function writeThenKill(dataDir: string, start: number, killAfterMs: number): Promise<Run> {
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, and the
  // kill must hit the process that writes.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'writer-child.ts'), dataDir, String(start)],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const run: Run = { lastAck: null, acks: 0 };
  let buffer = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m) {
          run.acks++;
          run.lastAck = { n: Number(m[1]), value: Number(m[2]) };
        }
      }
    });
    // 'close', not 'exit': the process may exit before its last acks are read from the pipe,
    // and an ack missed here would look like a write that committed without one
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`writer exited on its own (${code}): ${stderr}`));
    });
  });
}

function auditRows(dataDir: string): number {
  const ledger = openLedger(ledgerFile(dataDir), { readonly: true });
  const n = (ledger.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  ledger.sqlite.close();
  return n;
}

function storedIdleMinutes(dataDir: string): number {
  const ledger = openLedger(ledgerFile(dataDir), { readonly: true });
  const row = ledger.sqlite.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").get() as {
    value: string;
  };
  ledger.sqlite.close();
  return Number(row.value);
}

test(`SIGKILL at random moments, ${KILLS} times: the ledger verifies and every acknowledged write is there`, async () => {
  const dataDir = tempDir('sitedesk-crash-');
  const desk = await openDesk({ dataDir });
  await seedDemo(desk.router);
  await desk.close();

  let next = 0;
  let acknowledged = 0;
  let random = 20261123;
  const rand = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let kill = 0; kill < KILLS; kill++) {
    const before = auditRows(dataDir);
    const run = await writeThenKill(dataDir, next, 50 + Math.floor(rand() * 400));
    acknowledged += run.acks;
    const report = await verifyLedgerFile(ledgerFile(dataDir));
    expect(report.ok, `after kill ${kill + 1}: ${JSON.stringify(report.firstProblem)}`).toBe(true);
    // every acknowledged write is there: one audit row per ack (plus the sign-in), at most one
    // more that committed before its ack could be printed
    const after = auditRows(dataDir);
    expect(after - before).toBeGreaterThanOrEqual(run.acks + 1);
    expect(after - before).toBeLessThanOrEqual(run.acks + 2);
    if (run.lastAck) {
      const stored = storedIdleMinutes(dataDir);
      expect([run.lastAck.value, (run.lastAck.value % 240) + 1]).toContain(stored);
      next = run.lastAck.n + 2;
    }
  }
  console.log(`crash safety: ${KILLS} kills, ${acknowledged} acknowledged writes checked`);
  expect(acknowledged).toBeGreaterThan(0);
});
