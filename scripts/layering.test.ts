import { ESLint } from 'eslint';
import { dirname, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const layeringRules = new Set(['layering/allowed-imports', 'no-restricted-globals']);

// The first lint loads the config and the TypeScript parser, which can outlast one test's timeout
// on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'shared/warmUp.ts' }), 60_000);

/// Lints `code` as if it were the file at `filePath` (nothing is written) and answers the
/// layering rules' messages.
async function restrictedMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && layeringRules.has(message.ruleId))
    .map((message) => message.message);
}

/// What a folder may import and what it may not, each forbidden import with a pattern its message
/// must match. A specifier starting with `/` is a project path, imported relatively from the probe.
interface LayerCase {
  readonly folder: string;
  readonly allowed: readonly string[];
  readonly forbidden: readonly (readonly [specifier: string, message: RegExp])[];
}

const layerCases: readonly LayerCase[] = [
  {
    folder: 'shared',
    allowed: ['zod', 'prosemirror-model', '/shared/errors', '/shared/i18n/locales/en/translation.json'],
    forbidden: [
      ['node:fs', /shared\/ runs in every process/],
      ['path', /shared\/ runs in every process/],
      ['electron', /shared\/ runs in every process/],
      ['better-sqlite3', /shared\/ runs in every process/],
      ['react-dom/client', /shared\/ runs in every process/],
      ['jsdom', /shared\/ runs in every process/],
      ['i18next', /shared\/ runs in every process/],
      ['prosemirror-view', /shared\/ runs in every process/],
      ['prosemirror-state', /shared\/ runs in every process/],
      ['vitest', /shared\/ runs in every process/],
      ['/renderer/app/api', /shared\/ runs in every process/],
      ['/electron/core/dispatch', /shared\/ runs in every process/],
      ['/package.json', /shared\/ runs in every process/],
    ],
  },
  {
    folder: 'renderer',
    allowed: [
      'react',
      'react-dom/client',
      'react-i18next',
      'i18next',
      'prosemirror-view',
      'prosemirror-state',
      '/shared/contract',
      '/renderer/app/api',
      '/renderer/index.html?raw',
    ],
    forbidden: [
      ['jsdom', /Node-side parsers/],
      ['mammoth', /Node-side parsers/],
      ['markdown-it', /Node-side parsers/],
      ['dompurify', /Node-side parsers/],
      ['@mozilla/readability', /Node-side parsers/],
      ['iconv-lite', /Node-side parsers/],
      ['better-sqlite3', /Node-side parsers/],
      ['electron', /typed client/],
      ['node:path', /typed client/],
      ['fs/promises', /typed client/],
      ['/electron/core/store/openStore', /typed client/],
      ['/electron/preload/index', /typed client/],
      ['/electron/web/startWebServer', /typed client/],
      ['left-pad', /goes on renderer\/’s list/],
    ],
  },
  {
    folder: 'electron/core',
    allowed: [
      'node:fs',
      'fs',
      'better-sqlite3',
      'jsdom',
      'mammoth',
      'markdown-it',
      'dompurify',
      '@mozilla/readability',
      'iconv-lite',
      'franc-min',
      'prosemirror-model',
      '/shared/contract',
      '/electron/core/dispatch',
    ],
    forbidden: [
      ['electron', /Only electron\/main and electron\/preload/],
      ['/electron/main/index', /never imports one/],
      ['/electron/web/startWebServer', /never imports one/],
      ['/electron/cli/main', /never imports one/],
      ['/electron/preload/index', /never imports one/],
      ['/renderer/app/api', /never imports renderer\//],
      ['react', /Node core behind every front door/],
    ],
  },
  {
    folder: 'electron/main',
    allowed: ['electron', 'i18next', 'node:path', '/electron/core/dispatch', '/shared/menuCommands'],
    forbidden: [
      ['/electron/web/startWebServer', /Front doors never import each other/],
      ['/electron/cli/main', /Front doors never import each other/],
      ['/electron/preload/index', /as a built file/],
      ['/renderer/app/api', /never imports renderer\//],
      ['better-sqlite3', /desktop front door/],
    ],
  },
  {
    folder: 'electron/preload',
    allowed: ['electron', '/shared/operationNames', '/shared/menuCommands'],
    forbidden: [
      ['node:fs', /runs sandboxed/],
      ['zod', /runs sandboxed/],
      ['/electron/core/dispatch', /runs sandboxed/],
      ['/electron/main/index', /runs sandboxed/],
      ['/renderer/app/api', /never imports renderer\//],
    ],
  },
  {
    folder: 'electron/web',
    allowed: ['node:http', '/electron/core/dispatch', '/shared/contentSecurityPolicy'],
    forbidden: [
      ['electron', /Only electron\/main and electron\/preload/],
      ['/electron/main/index', /Front doors never import each other/],
      ['/electron/cli/main', /Front doors never import each other/],
      ['/renderer/app/api', /never imports renderer\//],
      ['better-sqlite3', /web mode’s front door/],
    ],
  },
  {
    folder: 'electron/cli',
    allowed: ['node:util', '/electron/core/dispatch', '/electron/web/startWebServer', '/shared/limits'],
    forbidden: [
      ['electron', /Only electron\/main and electron\/preload/],
      ['/electron/main/index', /Front doors never import each other/],
      ['/renderer/app/api', /never imports renderer\//],
      ['better-sqlite3', /command-line front door/],
    ],
  },
  {
    folder: 'bench',
    allowed: [
      'node:http',
      '@playwright/test',
      'vite',
      '@vitejs/plugin-react',
      'better-sqlite3',
      'prosemirror-view',
      'prosemirror-keymap',
      '/shared/schema',
      '/renderer/editor/plugins',
      '/renderer/app/styles.css',
      '/electron/core/dispatch',
      '/electron/web/startWebServer',
    ],
    forbidden: [
      ['electron', /Only electron\/main and electron\/preload/],
      ['/electron/main/index', /bench\/ measures/],
      ['jsdom', /bench\/ measures/],
    ],
  },
  {
    folder: 'e2e',
    allowed: [
      '@playwright/test',
      'node:child_process',
      '/shared/importFormats',
      '/electron/core/import/hostile/hostileCorpus',
    ],
    forbidden: [
      ['/electron/core/dispatch', /drives the real UI like a person/],
      ['/renderer/app/api', /drives the real UI like a person/],
      ['better-sqlite3', /drives the real UI like a person/],
    ],
  },
  {
    folder: 'scripts',
    allowed: ['node:fs', 'eslint', 'typescript', '@electron/rebuild'],
    forbidden: [
      ['/renderer/App', /build and lint tooling/],
      ['/electron/core/store/openStore', /build and lint tooling/],
      ['better-sqlite3', /build and lint tooling/],
    ],
  },
];

/// The probe file each case lints, one folder deep so relative specifiers are really resolved.
const probeFile = (folder: string, suffix = '.ts'): string => `${folder}/area/probe${suffix}`;

function specifierFrom(file: string, specifier: string): string {
  if (!specifier.startsWith('/')) return specifier;
  const path = posix.relative(dirname(file), specifier.slice(1));
  return path.startsWith('.') ? path : `./${path}`;
}

describe.each(layerCases)('the allow-list of $folder/', ({ folder, allowed, forbidden }) => {
  const file = probeFile(folder);

  it.each(forbidden)('rejects a type-only import of %s', async (specifier, message) => {
    const messages = await restrictedMessages(
      file,
      `import type { Probe } from '${specifierFrom(file, specifier)}';\nexport type Used = Probe;\n`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${folder}/ may import only`);
    expect(messages[0]).toMatch(message);
  });

  it('allows what it lists', async () => {
    const code = allowed
      .map((specifier, index) => `import probe${index} from '${specifierFrom(file, specifier)}';\n`)
      .join('');
    const uses = allowed.map((_, index) => `probe${index}`).join(', ');
    expect(await restrictedMessages(file, `${code}export const used = [${uses}];\n`)).toEqual([]);
  });
});

describe('layering rules', () => {
  it('allow vitest only in test files', async () => {
    const code = "import { it } from 'vitest';\nexport const test = it;\n";
    expect(await restrictedMessages('shared/probe.test.ts', code)).toEqual([]);
    expect(await restrictedMessages('renderer/probe.test.tsx', code)).toEqual([]);
    expect(await restrictedMessages('electron/core/probe.ts', code)).toHaveLength(1);
  });

  it('let core read the UI’s words (i18next) only in tests and test helpers', async () => {
    const code = "import i18next from 'i18next';\nexport const t = i18next.t;\n";
    expect(await restrictedMessages('electron/core/testing/probe.ts', code)).toEqual([]);
    expect(await restrictedMessages('electron/core/history/probe.test.ts', code)).toEqual([]);
    expect(await restrictedMessages('electron/core/history/probe.ts', code)).toHaveLength(1);
  });

  it('let the preload import the contract only as types, outside its tests', async () => {
    const valueImport =
      "import { bridgeGlobalName } from '../../shared/contract';\nexport const n = bridgeGlobalName;\n";
    const typeImport =
      "import type { PreloadBridge } from '../../shared/contract';\nexport type B = PreloadBridge;\n";
    const [message, ...others] = await restrictedMessages('electron/preload/index.ts', valueImport);
    expect(others).toEqual([]);
    expect(message).toMatch(/only with `import type`/);
    expect(await restrictedMessages('electron/preload/index.ts', typeImport)).toEqual([]);
    expect(await restrictedMessages('electron/preload/index.test.ts', valueImport)).toEqual([]);
  });

  it('check every form an import takes', async () => {
    const messages = await restrictedMessages(
      'shared/probe.ts',
      [
        "export * from 'node:fs';",
        "export { readFile } from 'node:fs/promises';",
        "export const later = import('node:os');",
        "export const required: unknown = require('node:path');",
        "import net = require('node:net');",
        'export const socket = net;',
        "export type Database = import('better-sqlite3').Database;",
        '',
      ].join('\n'),
    );
    expect(messages).toHaveLength(6);
    for (const message of messages) expect(message).toMatch(/shared\/ runs in every process/);
  });

  it('reject a Node built-in in shared/', async () => {
    const messages = await restrictedMessages(
      'shared/violation.ts',
      "import fs from 'node:fs';\nexport const x = fs;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/shared\/ runs in every process/);
  });

  it('reject a type-only import of better-sqlite3 in shared/', async () => {
    const messages = await restrictedMessages(
      'shared/violation.ts',
      "import type Database from 'better-sqlite3';\nexport type D = Database.Database;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('reject DOM globals in shared/', async () => {
    const messages = await restrictedMessages(
      'shared/violation.ts',
      'export const title = document.title;\n',
    );
    expect(messages).toHaveLength(1);
  });

  it('reject electron/ code and Node in renderer/', async () => {
    const messages = await restrictedMessages(
      'renderer/violation.ts',
      "import type { Store } from '../electron/core/store/openStore';\nimport { readFile } from 'fs';\nexport type S = Store;\nexport const r = readFile;\n",
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/typed client/);
  });

  it('reject electron outside electron/main and electron/preload', async () => {
    const messages = await restrictedMessages(
      'electron/core/violation.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Only electron\/main and electron\/preload/);
  });

  it('reject renderer/ code in electron/', async () => {
    const messages = await restrictedMessages(
      'electron/main/violation.ts',
      "import type { X } from '../../renderer/App';\nexport type Y = X;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('allow electron in electron/main', async () => {
    const messages = await restrictedMessages(
      'electron/main/ok.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );
    expect(messages).toEqual([]);
  });
});
