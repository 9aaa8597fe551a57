import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Runtime boundaries from the architecture: shared/ is pure, renderer/ never reaches Node or Electron. */
const boundaries = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
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
      ],
    },
  ],
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
      message: 'Use useScopedLiveQuery (renderer/data/core): it never shows another scope\'s result.',
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
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string union instead of an enum.',
        },
      ],
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
      'no-restricted-imports': ['error', renderer],
    },
  },
  {
    files: ['renderer/features/**/*.tsx', 'renderer/components/**/*.tsx', 'renderer/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...renderer,
          patterns: [
            ...renderer.patterns,
            {
              group: ['**/core/database'],
              message: 'Components use repositories and hooks, never the Dexie instance.',
            },
          ],
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
    // Tests run in Node and may read the source tree; the runtime rule is for shipped code.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
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
