/**
 * The victim of the crash test: opens the ledger, signs the admin in, and writes through the
 * router as fast as it can, printing `ack <n> <value>` only after the router answered ok.
 */
import fs from 'node:fs';
import { DEMO_ADMIN } from '../../electron/core/demo';
import { openDesk } from '../../electron/core/desk';

const dataDir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);

async function main(): Promise<void> {
  const desk = await openDesk({ dataDir });
  const roster = await desk.router.call('auth.roster', {});
  if (!roster.ok) throw new Error(roster.error.message);
  const admin = (roster.data as { id: number; name: string }[]).find((u) => u.name === DEMO_ADMIN.name)!;
  const signIn = await desk.router.call('auth.signIn', { userId: admin.id, secret: DEMO_ADMIN.secret });
  if (!signIn.ok) throw new Error(signIn.error.message);
  fs.writeSync(1, 'ready\n');
  for (let n = start; ; n++) {
    const value = (n % 240) + 1;
    const res = await desk.router.call('settings.update', { idleLockMinutes: value });
    if (!res.ok) throw new Error(res.error.message);
    // Synchronous: the ack is in the pipe before the next write begins (process.stdout is
    // asynchronous on pipes, and a kill would lose what Node still buffers).
    fs.writeSync(1, `ack ${n} ${value}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
