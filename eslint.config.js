// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering rules from DESIGN.md §2. Each entry is an error whose message says what to do instead;
 * `no-restricted-imports` also matches `import type`, so type-only imports cannot slip through.
 */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

// Bare names here; the `node:*` pattern below catches every prefixed form.
const noNode = (why) => nodeBuiltins.map((name) => ({ name, message: why }));

const sharedMessage =
  'shared/ runs in every process: no Node built-ins, Electron, SQLite, DOM libraries or React DOM. Put Node code in electron/core and DOM code in renderer/.';
const rendererMessage =
  'renderer/ runs in a sandboxed page: reach the app only through the typed client (renderer/app/api.ts), never Electron, Node or electron/ code.';
const electronOnlyMessage =
  'Only electron/main and electron/preload may import electron. Put the logic in electron/core and keep front doors thin.';

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'DOMParser',
  'HTMLElement',
  'fetch',
].map((name) => ({ name, message: sharedMessage }));

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode(sharedMessage),
            { name: 'electron', message: sharedMessage },
            { name: 'better-sqlite3', message: sharedMessage },
            { name: 'react-dom', message: sharedMessage },
            { name: 'react-dom/client', message: sharedMessage },
            { name: 'jsdom', message: sharedMessage },
            { name: 'dompurify', message: sharedMessage },
            { name: 'prosemirror-view', message: sharedMessage },
          ],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: sharedMessage },
            { group: ['node:*'], message: sharedMessage },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode(rendererMessage),
            { name: 'electron', message: rendererMessage },
            { name: 'better-sqlite3', message: rendererMessage },
          ],
          patterns: [
            { group: ['**/electron/**'], message: rendererMessage },
            { group: ['node:*'], message: rendererMessage },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyMessage }],
          patterns: [
            {
              group: ['**/renderer/**', '**/renderer'],
              message: 'electron/ never imports renderer/: share code through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/renderer'],
              message: 'electron/ never imports renderer/: share code through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
