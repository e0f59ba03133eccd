import type { UtilityProcess } from 'electron';
import { yieldToTheDesk } from '../core/helperPriority';
import type { HelperLauncher } from '../core/verifyOffThread';

type Fork = (
  modulePath: string,
  args: string[],
  options: { serviceName: string; stdio: 'inherit' },
) => UtilityProcess;

/**
 * The backups' helper in an Electron utility process: a process of its own, whose memory (a
 * five-year ledger's verify peaks near 500 MB) goes back to the system when it ends — on a worker
 * thread of the main process, part of it stayed there for the rest of the day. The packaged
 * binary cannot run as plain Node (its runAsNode fuse is off), so Node's `fork` is not an option.
 * The helper answers once on its parent port; the process is then ended here.
 */
export function utilityHelperLauncher(fork: Fork): HelperLauncher {
  return (script, task) =>
    new Promise((resolve, reject) => {
      let answered = false;
      const child = fork(script, [JSON.stringify(task)], {
        serviceName: 'SiteDesk backup',
        stdio: 'inherit',
      });
      // below the desk's priority, as under plain Node (electron/core/helperPriority.ts)
      child.once('spawn', () => yieldToTheDesk(child.pid));
      child.once('message', (message: unknown) => {
        answered = true;
        resolve(message);
        child.kill();
      });
      child.once('exit', (code: number) => {
        if (!answered) reject(new Error(`backup helper exited (${code})`));
      });
    });
}
