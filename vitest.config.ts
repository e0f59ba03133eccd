import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One runner, one project per test layer: unit (pure shared/), service (real SQLite files),
// electron (against a fake electron module), component (jsdom), hq (a real PostgreSQL), e2e (web host +
// Chromium).
export default defineConfig({
  plugins: [react()],
  test: {
    // The seal key of the desks the tests open (and the CLI and web hosts they start) lives in a
    // temporary folder, never in the user's own configuration folder.
    env: { TZ: 'Asia/Shanghai', SITEDESK_KEYS_DIR: path.join(os.tmpdir(), 'sitedesk-test-keys') },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'service',
          include: ['tests/service/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        // Headquarters: a real PostgreSQL, started by the global setup (tests/hq/support/cluster.ts)
        extends: true,
        test: {
          name: 'hq',
          include: ['tests/hq/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/hq/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A state the page reaches is waited for, not timed: on a loaded 2-core machine a
          // re-read after a click can take seconds, and vitest's default poll gives up after one.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
