import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../../../electron/hosts/repoPaths';
import { tempDir } from '../../support/desk';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const URL_LINE = /^SiteDesk: (http:\/\/127\.0\.0\.1:(\d+))\/\?token=(\S+)$/m;

/**
 * Starts `npm run web` as a person would (the real host process, not an import), on a free port,
 * and waits for the URL line it prints. The renderer must already be built (npm run test:e2e).
 */
export interface WebHostOptions {
  demo?: boolean;
  /** Closed past days in the demo; 0 by default, the scenarios expect an office with no history. */
  demoDays?: number;
  dataDir?: string;
  timeoutMs?: number;
}

export function startWebHost(options: WebHostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? tempDir('sitedesk-e2e-');
  // `node --import tsx`, one process (the tsx CLI would run the host in a child), so stop() and
  // a kill reach the host itself.
  const args = [
    '--import',
    'tsx',
    'electron/hosts/web/main.ts',
    '--data',
    dataDir,
    '--port',
    '0',
    '--no-build',
  ];
  if (options.demo ?? true) args.push('--demo', '--demo-days', String(options.demoDays ?? 0));
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`web host printed no URL within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`),
      );
    }, options.timeoutMs ?? 60_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited (${code})\n${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = URL_LINE.exec(stdout);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: `${m[1]}/?token=${m[3]}`,
        origin: m[1]!,
        token: m[3]!,
        dataDir,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
