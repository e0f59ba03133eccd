import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../electron/hosts/repoPaths';

interface Finding {
  check: string;
  severity: string;
  file: string;
  line: number;
}

/** Runs Doyensec's electronegativity over electron/, as an auditor would, offline. */
function scan(): Finding[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-eneg-')), 'report.csv');
  const cli = path.join(REPO_ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  // -e: the Electron version in package.json (the binary is not installed here to detect it).
  execFileSync(process.execPath, [cli, '-i', path.join(REPO_ROOT, 'electron'), '-e', '45.4.1', '-o', out], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
    timeout: 120_000,
  });
  const [, ...rows] = fs.readFileSync(out, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const cells = [...row.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
    const [check = '', severity = '', , file = '', location = '0:0'] = cells;
    return { check, severity, file, line: Number(location.split(':')[0]) };
  });
}

test('electronegativity finds nothing HIGH in electron/, and every MEDIUM is explained next to its code', () => {
  const findings = scan();
  expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
  for (const f of findings.filter((x) => x.severity === 'MEDIUM')) {
    expect(f.file, `${f.check} has no location to explain`).not.toBe('N/A');
    const lines = fs.readFileSync(f.file, 'utf8').split('\n');
    const before = lines.slice(Math.max(0, f.line - 4), f.line).join('\n');
    expect(before, `${f.check} at ${f.file}:${f.line} needs a comment explaining it`).toContain(
      `electronegativity ${f.check}`,
    );
  }
}, 180_000);

test('the app never opens external links (shell.openExternal)', () => {
  const sources = fs
    .readdirSync(path.join(REPO_ROOT, 'electron'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(REPO_ROOT, 'electron', f), 'utf8'));
  expect(sources.some((s) => s.includes('openExternal('))).toBe(false);
});
