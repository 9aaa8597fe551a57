import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Zone paths are relative to this file, wherever ESLint is started from. */
const ROOT = import.meta.dirname;

/** Runtime boundaries from the architecture: shared/ is pure, renderer/ never reaches Node or Electron. */
const runtimeZones = [
  {
    target: './shared',
    from: ['./renderer', './electron', './e2e', './build'],
    message: 'shared/ is pure: it imports nothing from the runtimes.',
  },
  {
    target: './renderer',
    from: ['./electron', './e2e', './build'],
    message: 'renderer/ reaches the shell only through the DesktopApi.',
  },
  {
    target: './electron',
    from: ['./renderer', './e2e'],
    message: 'electron/ shares code with the renderer only through shared/.',
  },
];

/** Every feature folder; each offers the others only its index.ts. */
const FEATURES = readdirSync(join(ROOT, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const FEATURE_ENTRIES = FEATURES.map((name) => `./${name}/index.ts`);

/**
 * The files of app/ that may import features: the route tables and the providers. The rest of
 * app/ (the gates, the not-found screen) is imported by them, so it must not import a feature.
 */
const APP_FEATURE_IMPORTERS = ['routes', 'PrintOnlyApp', 'AppProviders'];

/** Everything in renderer/ outside the data layer. */
const OUTSIDE_DATA = ['./renderer/!(data)/**', './renderer/*.{ts,tsx}'];

/**
 * The renderer's layers, who may import what. Tests obey these too, except the zones of
 * `layerZonesTestsSkip`: a data-layer test may render the gate it serves, a catalogue test may
 * read a feature's keys, a test may open the database to arrange and inspect its records.
 */
const layerZones = {
  featuresNotApp: {
    target: './renderer/features',
    from: './renderer/app',
    message:
      'Features never import app/: shared hooks live in renderer/hooks, shared UI in renderer/components, the profile and package mode in renderer/session.',
  },
  appOnlyRoutesAndProviders: {
    target: `./renderer/app/**/!(${APP_FEATURE_IMPORTERS.join('|')}).{ts,tsx}`,
    from: './renderer/features',
    message: `In app/ only the route tables and the providers (${APP_FEATURE_IMPORTERS.join(', ')}) import features.`,
  },
  appThroughEntries: {
    target: './renderer/app',
    from: './renderer/features',
    except: FEATURE_ENTRIES,
    message: 'app/ imports a feature only through its index.ts.',
  },
  ...Object.fromEntries(
    FEATURES.map((name) => [
      `feature:${name}`,
      {
        target: `./renderer/features/${name}`,
        from: './renderer/features',
        except: [`./${name}`, ...FEATURE_ENTRIES],
        message:
          "A feature imports another feature only through that feature's index.ts; what the two share belongs in components/, hooks/, session/ or data/.",
      },
    ]),
  ),
  sharedPiecesKnowNoScreen: {
    target: [
      './renderer/components',
      './renderer/hooks',
      './renderer/session',
      './renderer/platform',
      './renderer/i18n',
    ],
    from: ['./renderer/features', './renderer/app'],
    message:
      'components/, hooks/, session/, platform/ and i18n/ serve every screen: they import no feature and nothing of app/.',
  },
  dataKnowsNoScreen: {
    target: './renderer/data',
    from: ['./renderer/features', './renderer/app', './renderer/session', './renderer/components'],
    message: 'The data layer knows no screen: it imports no feature, app/, session/ or component.',
  },
  databaseOnlyInData: {
    target: OUTSIDE_DATA,
    from: ['./renderer/data/core/database.ts', './renderer/data/core/openDatabase.ts'],
    message:
      'Only renderer/data/ opens or holds the database: use a repository (useRepositories) or a live-query hook of renderer/data/.',
  },
  doorOnlyInData: {
    target: OUTSIDE_DATA,
    from: './renderer/data/door',
    message:
      "The write rules run inside the data layer's door; screens ask renderer/session what to offer and write through repositories.",
  },
};
const layerZonesTestsSkip = ['sharedPiecesKnowNoScreen', 'dataKnowsNoScreen', 'databaseOnlyInData'];

const restrictedPaths = (zones) => [
  'error',
  { basePath: ROOT, zones: [...runtimeZones, ...zones] },
];

const boundaries = {
  'import-x/no-restricted-paths': restrictedPaths(Object.values(layerZones)),
};

/** JSX attributes whose value is shown or read out to the user. */
const VISIBLE_ATTRIBUTES =
  'aria-(label|description|roledescription|valuetext|placeholder)|title|alt|placeholder|label|description|help|heading|caption|summary|message|text|[a-z]+(Label|Text|Title|Help|Heading|Message|Description)';

const nodeAndElectron = {
  patterns: [
    { group: ['node:*'], message: 'No Node built-ins here.' },
    { group: ['electron', 'electron/*'], message: 'No Electron here.' },
  ],
  paths: [
    'fs',
    'path',
    'os',
    'crypto',
    'child_process',
    'http',
    'url',
    'util',
    'stream',
    'buffer',
  ].map((name) => ({ name, message: 'No Node built-ins here.' })),
};

/**
 * The renderer reads live data only through useScopedLiveQuery: dexie-react-hooks' own hook
 * returns the previous scope's result while a new unit or year is read.
 */
const renderer = {
  ...nodeAndElectron,
  paths: [
    ...nodeAndElectron.paths,
    {
      name: 'dexie-react-hooks',
      importNames: ['useLiveQuery'],
      message:
        "Use useScopedLiveQuery (renderer/data/core): it never shows another scope's result.",
    },
  ],
};

const DATA_ONLY =
  'Only renderer/data/ imports Dexie: use a repository or a live-query hook of renderer/data/.';

/** Outside renderer/data/: no Dexie, no way to the database instance. */
const outsideData = {
  paths: [
    ...nodeAndElectron.paths,
    { name: 'dexie', message: DATA_ONLY },
    { name: 'dexie-react-hooks', message: DATA_ONLY },
  ],
  patterns: [
    ...nodeAndElectron.patterns,
    {
      group: ['**/DatabaseProvider'],
      importNames: ['useDatabase'],
      message:
        'Only renderer/data/ reaches the Dexie instance (useDatabase): use a repository or a live-query hook.',
    },
  ],
};

/** Outside renderer/data/ and renderer/session/: who the user is and package mode come from session. */
const outsideSession = {
  ...outsideData,
  patterns: [
    ...outsideData.patterns,
    {
      group: ['**/data/settings/useSettings'],
      importNames: ['useSetting'],
      message:
        'The profile and the organisation come from renderer/session (useProfile, useOrganisation, useIsController).',
    },
    {
      group: ['**/data/packages/usePackages'],
      importNames: ['useOpenedPackage'],
      message: 'Package mode comes from renderer/session (useOpenedPackage).',
    },
  ],
};

/** no-restricted-syntax entries for electron/; a file-level block replaces the base list, so the enum ban is repeated. */
const shellSyntax = {
  noEnum: { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
  newWindow: {
    selector:
      "NewExpression:matches([callee.name='BrowserWindow'], [callee.property.name='BrowserWindow'])",
    message: 'Create windows only through createWindow() in electron/main/window.ts.',
  },
  rawIpc: {
    selector:
      "CallExpression[callee.property.name=/^(on|handle|handleOnce|once)$/]:matches([callee.object.name='ipcMain'], [callee.object.property.name='ipcMain'])",
    message: 'Register IPC only through secureHandle() in electron/main/ipc.ts.',
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'coverage', 'e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...boundaries,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', shellSyntax.noEnum],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...nodeAndElectron,
          patterns: [
            ...nodeAndElectron.patterns,
            {
              group: ['react', 'react-*', 'react/*', 'dexie', 'dexie-*'],
              message: 'shared/ is pure: no React, no Dexie.',
            },
          ],
        },
      ],
    },
  },
  // Plain scripts shipped as they are beside the bundle (index.html loads them first).
  {
    files: ['assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', outsideSession],
    },
  },
  {
    files: ['renderer/session/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', outsideData] },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', renderer] },
  },
  {
    // A component shows and asks: it never holds the database, not even inside renderer/data/.
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        shellSyntax.noEnum,
        {
          selector: "CallExpression[callee.name='useDatabase']",
          message:
            'No component calls useDatabase: read through a live-query hook, write through a repository (renderer/data/).',
        },
      ],
    },
  },
  {
    // Every visible text goes through i18n: JSX text, and the attributes people read or hear
    // (labels, titles, alt texts, aria-*). Strings with no letters (–, ·, 3 × 3, %) are allowed.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          message: 'Visible text goes through t() and the fi/sv/en catalogues',
          'jsx-attributes': { include: [VISIBLE_ATTRIBUTES] },
          // Literals passed to a function (t('key'), register('name'), cn('a')) are not shown as such.
          callees: { exclude: ['.*'] },
          words: { exclude: ['[^A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]*'] },
        },
      ],
    },
  },
  {
    files: ['renderer/data/core/useScopedLiveQuery.ts'],
    rules: { 'no-restricted-imports': ['error', nodeAndElectron] },
  },
  {
    // Tests run in Node and may read the source tree, and a test may open the database to
    // arrange and inspect records; the layers between features and app/ hold for them too.
    files: [
      'renderer/**/*.test.{ts,tsx}',
      'renderer/**/*.test-support.ts',
      'renderer/test/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': 'off',
      'import-x/no-restricted-paths': restrictedPaths(
        Object.entries(layerZones)
          .filter(([name]) => !layerZonesTestsSkip.includes(name))
          .map(([, zone]) => zone),
      ),
    },
  },
  {
    files: ['electron/**/*.ts', 'build/**/*.{ts,mjs,cjs}', 'e2e/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Each shell file gets every restriction except the one it exists to implement. The
  // selectors also catch the injected forms (`new deps.BrowserWindow`, `deps.ipcMain.handle`).
  ...[
    {
      files: ['electron/**/*.ts'],
      ignores: ['electron/main/window.ts', 'electron/main/ipc.ts', 'electron/**/*.test.ts'],
      allow: [],
    },
    { files: ['electron/main/window.ts'], allow: ['newWindow'] },
    { files: ['electron/main/ipc.ts'], allow: ['rawIpc'] },
  ].map(({ allow, ...target }) => ({
    ...target,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...Object.entries(shellSyntax)
          .filter(([name]) => !allow.includes(name))
          .map(([, rule]) => rule),
      ],
    },
  })),
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**', '!electron'],
              allowTypeImports: true,
              message:
                'A sandboxed preload can require only electron at runtime: import shared/ with `import type`.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
