import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { LOG_FILE_NAME } from '../../electron/core/log';
import { logsDir } from '../../electron/core/paths';
import { startWebHost } from '../e2e/support/webHost';
import { tempDir } from '../support/desk';

/** The message of each line, without its time and writer. */
function messages(dataDir: string): string[] {
  const text = fs.readFileSync(path.join(logsDir(dataDir), LOG_FILE_NAME), 'utf8');
  return text
    .split('\n')
    .slice(0, -1)
    .map((line) => line.replace(/^\S+ (INFO |WARN |ERROR) web\[\d+\] /, '$1 '));
}

test('the web host writes its start and stop to the log in its data folder, and a restart appends', async () => {
  const dataDir = tempDir();
  const first = await startWebHost({ dataDir, demo: false });
  const port = new URL(first.origin).port;
  const started = `INFO  web host started on http://127.0.0.1:${port}; ledger ${path.join(dataDir, 'sitedesk.sqlite')}`;
  expect(messages(dataDir)).toContain(started);
  // The link's token opens the desk: it is never written down.
  expect(fs.readFileSync(path.join(logsDir(dataDir), LOG_FILE_NAME), 'utf8')).not.toContain(first.token);
  await first.stop();

  const second = await startWebHost({ dataDir, demo: false });
  await second.stop();
  const lines = messages(dataDir);
  expect(lines[0]).toMatch(/^INFO {2}migrations applied: 0001_init, /);
  expect(lines.filter((line) => line.startsWith('INFO  web host started on http://127.0.0.1:'))).toHaveLength(
    2,
  );
  expect(lines.filter((line) => line === 'INFO  web host stopped (SIGTERM)')).toHaveLength(2);
  expect(lines.filter((line) => /^INFO {2}backup taken \(quit\): /.test(line))).toHaveLength(2);
  expect(lines.indexOf(started)).toBeLessThan(lines.lastIndexOf('INFO  web host stopped (SIGTERM)'));
  expect(lines.filter((line) => !line.startsWith('INFO '))).toEqual([]);
}, 120_000);
