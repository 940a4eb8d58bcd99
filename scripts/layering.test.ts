import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals',
    )
    .map((message) => message.message);
}

describe('layering rules', () => {
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
