/**
 * One of two OS processes racing for the same unit on one ledger file (tests/service/holds-race).
 * argv: dataDir consultantName pin unitId barrierDir. Signs in, says it is ready, waits for the
 * go file, requests the hold, prints the router's envelope as one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDesk } from '../../electron/core/desk';

async function main(): Promise<void> {
  const [dataDir, name, pin, unitId, barrier] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const desk = await openDesk({ dataDir });
  const roster = await desk.router.call('auth.roster', {});
  const me = (roster.ok ? (roster.data as { id: number; name: string }[]) : []).find((u) => u.name === name)!;
  const signIn = await desk.router.call('auth.signIn', { userId: me.id, secret: pin });
  if (!signIn.ok) throw new Error(JSON.stringify(signIn));
  fs.writeFileSync(path.join(barrier, `ready-${name}`), '');
  while (!fs.existsSync(path.join(barrier, 'go'))) await new Promise((r) => setTimeout(r, 2));
  const res = await desk.router.call('holds.request', {
    unitId: Number(unitId),
    customerName: `${name}的客户`,
    customerPhone: '13800000000',
  });
  process.stdout.write(`${JSON.stringify(res)}\n`);
  await desk.close();
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
