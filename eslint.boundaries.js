// The layers' import boundaries (GUIDE "Layers"), as ESLint's no-restricted-imports. One entry
// per folder, each listing every restriction of its files: in a flat config the last block that
// sets a rule for a file replaces the earlier ones, so nothing here relies on being combined.
// tests/unit/import-boundaries.test.ts checks the same boundaries on the resolved imports.

const ELECTRON = { name: 'electron', message: 'Only electron/app/ may import electron.' };

/** Imports that reach into one of the repository's folders, however many `../` they climb. */
function into(folders, message) {
  return {
    group: folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]),
    // `app` is electron/app/, not renderer/App.tsx.
    caseSensitive: true,
    message,
  };
}

/** What draws a screen: the renderer's libraries. */
const SCREEN_LIBRARIES = [
  'react',
  'react/**',
  'react-dom',
  'react-dom/**',
  'react-i18next',
  'i18next',
  'antd',
  'antd/**',
  '@ant-design/**',
  'zustand',
  'zustand/**',
  'echarts',
  'echarts/**',
];

/** shared/ is bundled into the renderer as well as run by Node. */
const NOT_IN_A_BROWSER = {
  group: ['node:*', 'better-sqlite3', 'kysely', 'exceljs'],
  message: 'shared/ also runs in the renderer: no Node built-ins, no database, no workbook.',
};

const SHARED_IS_COMMON_GROUND = into(
  ['db', 'electron', 'renderer'],
  'shared/ is what every layer shares: it imports nothing of db/, electron/ or renderer/.',
);

const CORE = [
  into(['renderer'], 'electron/core/ never imports the renderer.'),
  into(
    ['hosts', 'app'],
    'electron/core/ serves every host: it never imports electron/hosts/ or electron/app/.',
  ),
  { group: SCREEN_LIBRARIES, message: 'electron/core/ draws nothing: screens are the renderer’s.' },
];

/** A service reads through ctx.db and ctx.raw and writes through ctx.writer only (db/access.ts). */
const SERVICE_PATHS = [
  {
    name: 'better-sqlite3',
    message: 'A service reads through ctx.db/ctx.raw and writes through ctx.writer.',
  },
  {
    name: 'kysely',
    importNames: ['Kysely'],
    message: 'A service reads through ReadableDB (db/access.ts), never the whole Kysely handle.',
  },
];
const SERVICE_PATTERNS = [
  {
    group: ['**/db/connection'],
    message: 'A service works on the call it serves, never on the ledger itself.',
  },
  {
    group: ['**/db/access'],
    importNames: ['WritableDB', 'rawReader'],
    message: 'A service reads through ReadableDB and RawReader and writes through ctx.writer.',
  },
];

function restrict(files, { ignores, paths = [ELECTRON], patterns = [] }) {
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  };
}

export const boundaries = [
  restrict(['shared/**'], {
    ignores: ['shared/print/**'],
    patterns: [
      SHARED_IS_COMMON_GROUND,
      NOT_IN_A_BROWSER,
      {
        group: SCREEN_LIBRARIES,
        message: 'Only shared/print/ renders; the rest of shared/ is data and rules.',
      },
    ],
  }),
  // A printed document (the day sheet) is React rendered to static HTML, by the renderer's print
  // preview and, alone, by the CLI's PDF: React and i18next, never antd or the app's state.
  restrict(['shared/print/**'], {
    paths: [
      ELECTRON,
      { name: 'react-dom', message: 'A printed document is rendered to static HTML (react-dom/server).' },
      {
        name: 'react-dom/client',
        message: 'A printed document is rendered to static HTML (react-dom/server).',
      },
    ],
    patterns: [
      SHARED_IS_COMMON_GROUND,
      NOT_IN_A_BROWSER,
      {
        group: ['antd', 'antd/**', '@ant-design/**', 'zustand', 'zustand/**', 'echarts', 'echarts/**'],
        message: 'A printed document is plain HTML and CSS: no antd, no app state, no charts.',
      },
    ],
  }),
  restrict(['db/**'], {
    patterns: [
      into(['electron', 'renderer'], 'db/ imports only shared/ and its own libraries.'),
      { group: SCREEN_LIBRARIES, message: 'db/ draws nothing.' },
    ],
  }),
  restrict(['electron/core/**'], { ignores: ['electron/core/services/**'], patterns: CORE }),
  restrict(['electron/core/services/**'], {
    paths: [ELECTRON, ...SERVICE_PATHS],
    patterns: [...CORE, ...SERVICE_PATTERNS],
  }),
  // The hosts run under plain Node (the web host, the CLI): the renderer reaches them built, and
  // what the CLI prints comes from shared/print/.
  restrict(['electron/hosts/**'], {
    patterns: [
      into(
        ['renderer'],
        'A host serves the built renderer; it never imports renderer/ (prints: shared/print/).',
      ),
      into(['app'], 'A host runs under plain Node; electron/app/ needs Electron.'),
    ],
  }),
  restrict(['electron/app/**'], {
    paths: [],
    patterns: [into(['renderer'], 'The desktop app loads the built renderer; it never imports renderer/.')],
  }),
  // Headquarters (npm run hq) is a program of its own, run at HQ against PostgreSQL: the desk's
  // code is not there. It shares the contract's types and the domain's words, nothing else.
  restrict(['hq/**'], {
    patterns: [
      into(
        ['electron', 'db', 'renderer'],
        'hq/ runs at headquarters: it imports shared/ and its own code, never the desk’s.',
      ),
      { group: SCREEN_LIBRARIES, message: 'hq/ serves plain HTML: it draws with nothing of the renderer.' },
      { group: ['better-sqlite3', 'kysely'], message: 'hq/ works on PostgreSQL (pg), not on a ledger file.' },
    ],
  }),
  // The renderer reaches the main process only through the typed client.
  restrict(['renderer/**'], {
    paths: [{ name: 'electron', message: 'The renderer talks to the main process through renderer/api.' }],
    patterns: [
      {
        group: ['**/electron/**', '**/db/**', 'node:*', 'better-sqlite3', 'kysely'],
        message: 'The renderer imports only shared/ and its own code.',
      },
    ],
  }),
];
