import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { REPO_ROOT } from '../../electron/hosts/repoPaths';
import { TOKEN_HEADER } from '../../electron/hosts/web/server';
import type { Envelope } from '../../shared/contract/envelope';
import { exportCases } from './exports';
import { phoneOf } from './generate/office';
import { readCases } from './reads';
import { spawnWebHost } from './ui/browser';
import { copyLedgerSettled } from './copyLedger';

export interface HostMemory {
  /** Resident memory of the web host's process once idle: the last reading. */
  rssMb: number;
  rssRightAfterMb: number;
  /** Read every 5 s while the host idles. */
  idleRssMb: number[];
  /** The process's high-water mark (VmHWM). */
  peakRssMb: number;
  /** Calls the host answered before idling, and its refusals by channel and code. */
  calls: number;
  refused: Record<string, number>;
}

/** A process's resident memory from /proc (Linux): `VmRSS` now and `VmHWM` its peak, in MB. */
function residentMb(pid: number): { rss: number; peak: number } | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/**
 * The web host's resident memory after the bench's work (issue 10's budget: the web host under
 * 250 MB resident after the bench). The bundled host, as `npm run web:built` starts it, on a copy
 * of the office, answers over HTTP what the bench asked of its desk — every list read, the day's
 * reconciliation, the exports, writes — and is then left idle for `idleMs`, its memory read every
 * 5 s. The bench's own process is not the figure: it holds the bench's apparatus (the office
 * generator's modules, the TypeScript loader, every sample) beside a desk.
 * Null where /proc is not there to read (not Linux).
 */
export async function measureHostMemory(
  ledgerFile: string,
  today: string,
  weekAgo: string,
  idleMs: number,
  onProgress?: (line: string) => void,
): Promise<HostMemory | null> {
  if (!fs.existsSync('/proc/self/status')) return null;
  // the bundled host, built afresh: it must be the code under test
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-host-'));
  copyLedgerSettled(ledgerFile, path.join(dir, LEDGER_FILE_NAME));
  const host = await spawnWebHost(dir, 'bundle');
  const pid = host.child.pid!;
  const link = new URL(host.url);
  const token = link.searchParams.get('token')!;
  let calls = 0;
  const refused: Record<string, number> = {};
  const call = async (channel: string, input: unknown): Promise<Envelope> => {
    const res = await fetch(`${link.origin}/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input),
    });
    const answer = (await res.json()) as Envelope;
    calls++;
    if (!answer.ok) {
      const what = `${channel} ${answer.error.code}`;
      refused[what] = (refused[what] ?? 0) + 1;
    }
    return answer;
  };
  const must = async (channel: string, input: unknown): Promise<unknown> => {
    const answer = await call(channel, input);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const signInAs = async (name: string) => {
    const roster = (await must('auth.roster', {})) as { id: number; name: string }[];
    const user = [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.name === name)!;
    await must('auth.signIn', { userId: roster.find((u) => u.name === name)!.id, secret: user.secret });
  };
  try {
    await signInAs('李经理');
    const log = (await must('handover.log', { limit: 1 })) as { id: number }[];
    const cases = readCases(today, weekAgo, { phone: phoneOf(7), handoverId: log[0]?.id ?? null });
    for (let round = 0; round < 20; round++) for (const c of cases) await call(c.channel, c.input);
    for (let i = 0; i < 20; i++) await call('dayclose.prepare', { businessDate: today });
    for (const c of exportCases(today)) for (let i = 0; i < 3; i++) await call(c.channel, c.input);
    onProgress?.(`host memory: reads and exports answered (${calls} calls)`);
    await signInAs(DEMO_ADMIN.name);
    for (let i = 0; i < 500; i++) await call('settings.update', { idleLockMinutes: 5 + (i % 10) });
    await signInAs('王芳');
    for (let i = 0; i < 200; i++) {
      await call('calls.record', { callerName: '测试', phone: phoneOf(97_000_000 + i), channel: '其他' });
    }
    const rightAfter = residentMb(pid);
    const idleRssMb: number[] = [];
    for (let waited = 0; waited < idleMs; waited += 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      idleRssMb.push(residentMb(pid)?.rss ?? NaN);
    }
    const last = residentMb(pid);
    return {
      rssMb: idleRssMb.at(-1) ?? rightAfter?.rss ?? NaN,
      rssRightAfterMb: rightAfter?.rss ?? NaN,
      idleRssMb,
      peakRssMb: last?.peak ?? NaN,
      calls,
      refused,
    };
  } finally {
    await host.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
