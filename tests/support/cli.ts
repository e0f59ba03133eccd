import { runCli } from '../../electron/hosts/cli/main';

/** `npm run desk <argv>` in this process: the exit code and what it printed to each stream. */
export async function runDeskCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
