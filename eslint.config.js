// @ts-check
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering from DESIGN.md §2 as allow-lists, the way VS Code's import patterns work: each folder
 * names the project folders (or single files) and the packages it may import, and anything else is
 * an error whose message says what to do instead. Type-only imports count like any other.
 * `node:*` stands for every Node built-in, prefixed or not; test files (and helpers in a `testing/`
 * folder) may also import vitest, and i18next to read what the UI would show for what core
 * recorded.
 */
const sourceFiles = '**/*.{ts,tsx,mts,cts,js,mjs,cjs}';
const nodeBuiltins = new Set(builtinModules.filter((name) => !name.startsWith('_')));
// The XML validators check exports in tests only (the TBX against its RELAX NG and Schematron).
const testOnlyPackages = ['vitest', 'i18next', 'xmllint-wasm', 'node-schematron'];
const testFile = /(\.test\.[cm]?tsx?|[\\/]testing[\\/][^\\/]+\.[cm]?tsx?)$/;
const sourceExtension = /\.[cm]?[jt]sx?$/;

const sharedMessage =
  'shared/ runs in every process: no Node built-ins, Electron, SQLite, DOM libraries or React DOM. Put Node code in electron/core and DOM code in renderer/; a pure package that runs unchanged in Node, the page and the preload may be added to shared/’s list in eslint.config.js.';
const rendererMessage =
  'renderer/ runs in a sandboxed page: reach the app only through the typed client (renderer/app/api.ts), never Electron, Node or electron/ code.';
const nodeSideMessage =
  'renderer/ runs in a sandboxed page: Node-side parsers and storage (jsdom, mammoth, markdown-it, DOMPurify’s Node build, Readability, iconv-lite, better-sqlite3) run in electron/core behind an operation; call it through the typed client (renderer/app/api.ts).';
const electronOnlyMessage =
  'Only electron/main and electron/preload may import electron. Put the logic in electron/core and keep front doors thin.';
const noRendererMessage =
  'electron/ never imports renderer/: share code through shared/ (web mode serves the built renderer as files).';
const coreMessage =
  'electron/core serves every front door (electron/main, electron/web, electron/cli) and never imports one: move what the door and the core both need into electron/core, and let the door call dispatch.';
const doorsMessage =
  'Front doors never import each other (only electron/cli starts electron/web for `serve`): put what they share in electron/core.';

/**
 * A folder's allow-list. `typeOnly` names project files its non-test code may import only with
 * `import type`; `advice` maps a forbidden folder or package (or `*`) to what to do instead.
 * @typedef {{ folders: string[], packages: string[], typeOnly?: string[], advice: Record<string, string> }} Layer
 */

/** @type {Record<string, Layer>} */
const layers = {
  shared: {
    folders: ['shared'],
    packages: ['zod', 'prosemirror-model'],
    advice: { '*': sharedMessage },
  },
  renderer: {
    folders: ['renderer', 'shared'],
    packages: [
      'react',
      'react-dom',
      'react-i18next',
      'i18next',
      'prosemirror-model',
      'prosemirror-state',
      'prosemirror-transform',
      'prosemirror-view',
      'prosemirror-commands',
      'prosemirror-history',
      'prosemirror-keymap',
    ],
    advice: {
      '*': `${rendererMessage} A browser package the page needs goes on renderer/’s list in eslint.config.js.`,
      'node:*': rendererMessage,
      electron: rendererMessage,
      ...Object.fromEntries(
        ['electron/core', 'electron/main', 'electron/preload', 'electron/web', 'electron/cli'].map((door) => [
          door,
          rendererMessage,
        ]),
      ),
      jsdom: nodeSideMessage,
      mammoth: nodeSideMessage,
      'markdown-it': nodeSideMessage,
      parse5: nodeSideMessage,
      dompurify: nodeSideMessage,
      '@mozilla/readability': nodeSideMessage,
      'iconv-lite': nodeSideMessage,
      'better-sqlite3': nodeSideMessage,
    },
  },
  'electron/core': {
    folders: ['electron/core', 'shared'],
    packages: [
      'node:*',
      'better-sqlite3',
      'jsdom',
      'mammoth',
      'markdown-it',
      'parse5',
      'linkedom',
      'dompurify',
      '@mozilla/readability',
      'iconv-lite',
      'franc-min',
      'prosemirror-model',
      'docx',
      'saxes',
    ],
    advice: {
      '*': 'electron/core is the Node core behind every front door: a Node library it needs goes on electron/core’s list in eslint.config.js; anything for the page belongs in renderer/.',
      electron: electronOnlyMessage,
      'electron/main': coreMessage,
      'electron/preload': coreMessage,
      'electron/web': coreMessage,
      'electron/cli': coreMessage,
      renderer: noRendererMessage,
    },
  },
  'electron/main': {
    folders: ['electron/main', 'electron/core', 'shared'],
    packages: ['electron', 'node:*', 'i18next'],
    advice: {
      '*': 'electron/main is the desktop front door: lifecycle, windows, menus, dialogs and IPC registration. Put logic in electron/core and call it through dispatch.',
      'electron/preload':
        'electron/main loads the preload as a built file (out/preload/index.cjs), never as a module; share constants through shared/.',
      'electron/web': doorsMessage,
      'electron/cli': doorsMessage,
      renderer: noRendererMessage,
    },
  },
  'electron/preload': {
    folders: ['electron/preload', 'shared'],
    packages: ['electron'],
    typeOnly: ['shared/contract.ts'],
    advice: {
      '*': 'electron/preload runs sandboxed and may require only electron: expose operations by name from shared/operationNames (the contract only as `import type`, to stay zod-free) and leave the work to electron/main and electron/core.',
      renderer: noRendererMessage,
    },
  },
  'electron/web': {
    folders: ['electron/web', 'electron/core', 'shared'],
    packages: ['node:*'],
    advice: {
      '*': 'electron/web is web mode’s front door over node:http: it serves the contract through electron/core’s dispatch. Put logic in electron/core.',
      electron: electronOnlyMessage,
      'electron/main': doorsMessage,
      'electron/preload': doorsMessage,
      'electron/cli': doorsMessage,
      renderer: noRendererMessage,
    },
  },
  'electron/cli': {
    folders: ['electron/cli', 'electron/web', 'electron/core', 'shared'],
    packages: ['node:*'],
    advice: {
      '*': 'electron/cli is the command-line front door: it parses arguments and calls electron/core’s dispatch (and starts electron/web for `serve`). Put logic in electron/core; a package it needs goes on electron/cli’s list in eslint.config.js.',
      electron: electronOnlyMessage,
      'electron/main': doorsMessage,
      'electron/preload': doorsMessage,
      renderer: noRendererMessage,
    },
  },
  bench: {
    folders: ['bench', 'shared', 'renderer', 'electron/core', 'electron/web'],
    packages: [
      'node:*',
      '@playwright/test',
      'vite',
      '@vitejs/plugin-react',
      'better-sqlite3',
      'prosemirror-model',
      'prosemirror-state',
      'prosemirror-view',
      'prosemirror-keymap',
    ],
    advice: {
      '*': 'bench/ measures the editor (renderer/ code on a bare page) and the app through electron/core or web mode, against baselines built from the same packages: a new one goes on bench/’s list in eslint.config.js.',
      electron: electronOnlyMessage,
    },
  },
  e2e: {
    folders: ['e2e', 'shared', 'electron/core/import/hostile/hostileCorpus.ts'],
    packages: ['node:*', '@playwright/test'],
    advice: {
      '*': 'e2e/ drives the real UI like a person through Playwright (roles, labels, keyboard) and the CLI as a process: reach the app through the page, not its modules. Fixtures are generated in e2e/ or by electron/core/import/hostile/hostileCorpus.ts.',
    },
  },
  scripts: {
    folders: ['scripts'],
    packages: ['node:*', 'eslint', 'typescript', '@electron/rebuild'],
    advice: {
      '*': 'scripts/ is build and lint tooling: it reads the tree through ESLint, TypeScript or the file system instead of importing app code.',
    },
  },
};

const projectFolders = Object.keys(layers);

/**
 * What an import names: a project path relative to the root (`?raw`-style queries dropped), or a
 * package (`node:*` for any built-in).
 * @param {string} specifier
 * @param {string} filename
 * @param {string} cwd
 */
function importTarget(specifier, filename, cwd) {
  const path = specifier.split('?')[0] ?? specifier;
  if (path.startsWith('.') || path.startsWith('/')) {
    const project = relative(cwd, resolve(dirname(filename), path));
    return { project: project.split(sep).join('/') };
  }
  if (path.startsWith('node:') || nodeBuiltins.has(path.split('/')[0] ?? path)) return { pkg: 'node:*' };
  const parts = path.split('/');
  return { pkg: (path.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/') };
}

/**
 * Whether a project path is the folder or file `entry` names, or lies inside it (imports omit `.ts`).
 * @param {string} path
 * @param {string} entry
 */
function isWithin(path, entry) {
  const bare = path.replace(sourceExtension, '');
  return bare === entry.replace(sourceExtension, '') || bare.startsWith(`${entry}/`);
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allows a folder only the project folders and packages its layer lists.' },
    schema: [{ type: 'string', enum: projectFolders }],
    messages: {
      forbidden: '{{folder}}/ may import only {{allowed}}; not "{{specifier}}". {{advice}}',
      typeOnly: '{{folder}}/ may import "{{specifier}}" only with `import type`. {{advice}}',
    },
  },
  create(context) {
    const folder = /** @type {string} */ (context.options[0]);
    const layer = /** @type {Layer} */ (layers[folder]);
    const isTest = testFile.test(context.filename);
    const packages = isTest ? [...layer.packages, ...testOnlyPackages] : layer.packages;
    const typeOnly = isTest ? [] : (layer.typeOnly ?? []);
    const allowed = [
      ...layer.folders.map((entry) => (sourceExtension.test(entry) ? entry : `${entry}/`)),
      ...packages,
    ].join(', ');

    /**
     * @param {import('estree').Node | null | undefined} source
     * @param {boolean} typesOnly whether the import brings in types only (erased from the build)
     */
    function check(source, typesOnly) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const target = importTarget(specifier, context.filename, context.cwd);
      let forbidden;
      if (target.project !== undefined) {
        if (!typesOnly && typeOnly.some((entry) => isWithin(target.project, entry))) {
          const advice = layer.advice['*'] ?? '';
          context.report({ node: source, messageId: 'typeOnly', data: { folder, specifier, advice } });
          return;
        }
        if (layer.folders.some((entry) => isWithin(target.project, entry))) return;
        forbidden = projectFolders.find((entry) => isWithin(target.project, entry)) ?? '*';
      } else {
        if (packages.includes(target.pkg)) return;
        forbidden = target.pkg;
      }
      const advice = layer.advice[forbidden] ?? layer.advice['*'] ?? '';
      context.report({ node: source, messageId: 'forbidden', data: { folder, allowed, specifier, advice } });
    }

    // `importKind`/`exportKind` are typescript-eslint's additions to the ESTree nodes: only a whole
    // `import type` is erased (with verbatimModuleSyntax, `import { type X }` still loads the module).
    /** @param {object} node */
    const isTypeOnly = (node) =>
      ('importKind' in node && node.importKind === 'type') ||
      ('exportKind' in node && node.exportKind === 'type');

    return {
      ImportDeclaration: (node) => check(node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node.source, isTypeOnly(node)),
      ImportExpression: (node) => check(node.source, false),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(/** @type {import('estree').Node} */ (node.arguments[0]), false);
        }
      },
      // TypeScript's own forms: `import x = require('…')` and `type T = import('…').U`.
      /** @param {{ moduleReference: { expression?: import('estree').Node }, importKind?: string }} node */
      TSImportEqualsDeclaration: (node) => check(node.moduleReference.expression, node.importKind === 'type'),
      /** @param {{ argument: { literal?: import('estree').Node } }} node */
      TSImportType: (node) => check(node.argument.literal, true),
    };
  },
};

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
    plugins: { layering: { rules: { 'allowed-imports': allowedImports } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...projectFolders.map((folder) => ({
    files: [`${folder}/${sourceFiles}`],
    rules: { 'layering/allowed-imports': ['error', folder] },
  })),
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
