// Bundles the Electron main process and preload into dist/electron/*.cjs.
// Usage: node scripts/build-electron.mjs [--outdir <dir>] [--dev]
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const outdir = path.resolve(root, option('--outdir') ?? 'dist/electron');
const dev = process.argv.includes('--dev');

// .cjs because package.json says "type": "module", and sandboxed preloads must be CommonJS.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: dev ? 'inline' : false,
  minify: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  // pg's optional native binding, never used: see scripts/stubs/pg-native.cjs
  alias: { 'pg-native': path.join(root, 'scripts/stubs/pg-native.cjs') },
};

// exceljs (with its zip and stream libraries, ~2.4 MB) is loaded on first use only
// (electron/core/excel.ts), yet inside main.cjs and webHost.cjs every start compiled it: ~40 ms
// of the web host's ~300 ms to listening on this machine. Those two bundles require it from a
// bundle of its own beside them; the export worker keeps its copy inside.
const EXCELJS_BUNDLE = 'exceljs.cjs';
// A module of one line stands for exceljs, so the lazy import() becomes a plain require() of the
// file beside the bundle (Electron's main loads it from inside app.asar, as it loads main.cjs).
const exceljsApart = {
  name: 'exceljs-apart',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'exceljs-apart' }));
    b.onLoad({ filter: /.*/, namespace: 'exceljs-apart' }, () => ({
      contents: `module.exports = require('./${EXCELJS_BUNDLE}');`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/exceljs\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

await Promise.all([
  build({
    ...common,
    stdin: { contents: "module.exports = require('exceljs');", resolveDir: root, sourcefile: 'exceljs.cjs' },
    outfile: path.join(outdir, EXCELJS_BUNDLE),
  }),
  build({
    ...common,
    entryPoints: ['electron/app/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    plugins: [exceljsApart],
    // The export worker's offThread.ts reads import.meta.url only when not bundled (__filename is
    // set here).
    logOverride: { 'empty-import-meta': 'silent' },
    // better-sqlite3 loads a native .node file that electron-builder rebuilds and unpacks from asar.
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    // The export worker (electron/core/services/exports/xlsx/offThread.ts) is a file of its own:
    // a worker thread starts from a file, and main.cjs looks for it beside itself.
    entryPoints: ['electron/core/services/exports/xlsx/worker.ts'],
    outfile: path.join(outdir, 'xlsxWorker.cjs'),
    logOverride: { 'empty-import-meta': 'silent' },
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    // The sync with headquarters (electron/core/sync/background.ts) runs on a worker thread of
    // its own too: it reads the ledger and talks to HQ's PostgreSQL off the desk's thread.
    entryPoints: ['electron/core/sync/worker.ts'],
    outfile: path.join(outdir, 'syncWorker.cjs'),
    logOverride: { 'empty-import-meta': 'silent' },
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    // A backup's copy is verified on a worker thread (electron/core/verifyOffThread.ts): a
    // five-year ledger's chain takes tens of seconds, which the desk's thread must not wait on.
    entryPoints: ['electron/core/verifyWorker.ts'],
    outfile: path.join(outdir, 'verifyWorker.cjs'),
    logOverride: { 'empty-import-meta': 'silent' },
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    // The web host as one file (`npm run web:built`): it starts in a fraction of the time the
    // TypeScript sources take through tsx, and finds the workers beside it as main.cjs does.
    entryPoints: ['electron/hosts/web/main.ts'],
    outfile: path.join(outdir, 'webHost.cjs'),
    plugins: [exceljsApart],
    logOverride: { 'empty-import-meta': 'silent' },
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/app/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // A sandboxed preload can require('electron') and nothing else, so everything else is inlined.
    external: ['electron'],
  }),
]);

process.stdout.write(
  `SiteDesk: bundled main.cjs, exceljs.cjs, xlsxWorker.cjs, syncWorker.cjs, verifyWorker.cjs, webHost.cjs and preload.cjs into ${path.relative(root, outdir) || '.'}\n`,
);
