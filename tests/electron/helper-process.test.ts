import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UtilityProcess } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { utilityHelperLauncher } from '../../electron/app/helperProcess';
import { REPO_ROOT } from '../../electron/hosts/repoPaths';

/** A utility process that answers (or exits) as told. */
function fakeChild() {
  const child = Object.assign(new EventEmitter(), { kill: vi.fn(() => true) });
  return child;
}

describe('the backups helper in an Electron utility process', () => {
  it('starts the script with the task as its argument, answers its message and ends it', async () => {
    const child = fakeChild();
    const forkUtility = vi.fn(() => child as unknown as UtilityProcess);
    const answer = utilityHelperLauncher(forkUtility)('/app/verifyWorker.cjs', { file: '/data/b.sqlite' });
    expect(forkUtility).toHaveBeenCalledWith(
      '/app/verifyWorker.cjs',
      [JSON.stringify({ file: '/data/b.sqlite' })],
      expect.objectContaining({ serviceName: expect.any(String) }),
    );
    child.emit('message', { report: { ok: true } });
    await expect(answer).resolves.toEqual({ report: { ok: true } });
    expect(child.kill).toHaveBeenCalled();
    child.emit('exit', 0); // the end it was asked for changes nothing
  });

  it('lowers the process below the desk’s priority once it has started', async () => {
    // a real process stands for the utility process, whose pid Electron gives once spawned
    const stand = fork('-e', ['setTimeout(() => {}, 30000)'], {
      execPath: process.execPath,
      stdio: 'ignore',
    });
    try {
      const child = Object.assign(fakeChild(), { pid: stand.pid });
      const answer = utilityHelperLauncher(() => child as unknown as UtilityProcess)('/app/w.cjs', {
        file: '/x',
      });
      const desksOwn = os.getPriority();
      expect(os.getPriority(stand.pid)).toBe(desksOwn);
      child.emit('spawn');
      // below normal, or the desk's own if that is lower still (a test run under nice)
      expect(os.getPriority(stand.pid)).toBe(Math.max(desksOwn, os.constants.priority.PRIORITY_BELOW_NORMAL));
      child.emit('message', { report: { ok: true } });
      await answer;
    } finally {
      stand.kill();
    }
  });

  it('is a failure when the process ends without answering (crashed, killed)', async () => {
    const child = fakeChild();
    const answer = utilityHelperLauncher(() => child as unknown as UtilityProcess)('/app/w.cjs', {
      file: '/x',
    });
    child.emit('exit', 9);
    await expect(answer).rejects.toThrow(/exited \(9\)/);
  });

  it('the helper answers on its parent port where there is one, as in a utility process', async () => {
    // Node standing in for Electron's utility process: `process.parentPort` set before the
    // helper runs, carrying its answer back over the IPC channel.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-helper-'));
    const shim = path.join(dir, 'parent-port.cjs');
    fs.writeFileSync(
      shim,
      `process.parentPort = { postMessage: (m) => process.send({ viaParentPort: true, ...m }) };\n`,
    );
    try {
      const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
      const child = fork(
        path.join(REPO_ROOT, 'electron/core/verifyWorker.ts'),
        ['--some-flag', JSON.stringify({ file: path.join(dir, 'missing.sqlite') })],
        { execArgv: ['--require', shim, '--import', tsx], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
      );
      const message = await new Promise((resolve) => child.once('message', resolve));
      child.kill();
      expect(message).toMatchObject({ viaParentPort: true, report: { ok: false } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
