import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleError } from '../../../shared/errors';
import { checkWorkspaceFile, openWorkspaceFile, workspaceOpenError } from './checkWorkspaceFile';
import { coreContext } from '../coreContext';
import { storeParagraphs } from '../testing/testContext';
import { openStore } from './openStore';

describe('checkWorkspaceFile', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-check-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function writtenWorkspace(name = 'w.sqlite'): string {
    const file = join(dir, name);
    const store = openStore(file);
    storeParagraphs(
      coreContext(store),
      ['Le conseil municipal de Rouen a voté le budget. '.repeat(400)],
      'Rouen',
    );
    store.close();
    return file;
  }

  it('answers new for a file that does not exist yet, and creates it when opened', () => {
    const file = join(dir, 'new.sqlite');
    expect(checkWorkspaceFile(file)).toBe('new');
    const opened = openWorkspaceFile(file);
    expect(opened.created).toBe(true);
    opened.store.close();
    expect(checkWorkspaceFile(file)).toBe('existing');
  });

  it('refuses a zero-byte file instead of making it a new workspace', () => {
    const file = join(dir, 'empty.sqlite');
    writeFileSync(file, '');
    expect(() => openWorkspaceFile(file)).toThrow(PasserelleError);
    expect(() => openWorkspaceFile(file)).toThrow(/empty\.sqlite is an empty file \(0 bytes\)/);
    expect(readFileSync(file).length).toBe(0);
  });

  it('refuses a file that is not an SQLite database, naming it', () => {
    const file = join(dir, 'notes.sqlite');
    writeFileSync(file, 'Le conseil municipal a voté le budget. '.repeat(10));
    expect(() => openWorkspaceFile(file)).toThrow(/notes\.sqlite is not a Passerelle workspace/);
  });

  it('refuses a truncated workspace with the path and the sizes', () => {
    const file = writtenWorkspace();
    const bytes = readFileSync(file);
    const cut = join(dir, 'cut.sqlite');
    writeFileSync(cut, bytes.subarray(0, 4096));
    expect(() => openWorkspaceFile(cut)).toThrow(/cut\.sqlite is truncated: it holds 4096 bytes/);
  });

  it('opens a workspace written before, saying it was not created now', () => {
    const opened = openWorkspaceFile(writtenWorkspace());
    expect(opened.created).toBe(false);
    expect(opened.store.prepare('SELECT title FROM articles').pluck().get()).toBe('Rouen');
    opened.store.close();
  });

  it('maps SQLite corrupt and not-a-database errors to clear messages with the path', () => {
    const corrupt = workspaceOpenError(
      '/x/w.sqlite',
      Object.assign(new Error('malformed'), { code: 'SQLITE_CORRUPT' }),
    );
    expect(corrupt).toBeInstanceOf(PasserelleError);
    expect((corrupt as PasserelleError).message).toMatch(/\/x\/w\.sqlite is damaged/);
    const notADatabase = workspaceOpenError(
      '/x/w.sqlite',
      Object.assign(new Error('no'), { code: 'SQLITE_NOTADB' }),
    );
    expect((notADatabase as PasserelleError).code).toBe('unsupported_format');
    const other = new Error('disk I/O');
    expect(workspaceOpenError('/x/w.sqlite', other)).toBe(other);
  });

  it('refuses a workspace whose pages are damaged past its header', () => {
    const file = writtenWorkspace();
    const bytes = readFileSync(file);
    // Page 2 onwards overwritten: the header is intact, the tables are not.
    bytes.fill(0xa5, 4096);
    const damaged = join(dir, 'damaged.sqlite');
    writeFileSync(damaged, bytes);
    expect(() => openWorkspaceFile(damaged)).toThrow(
      /damaged\.sqlite is damaged|damaged\.sqlite is not a Passerelle/,
    );
  });
});
