import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext, type CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { openStore } from '../store/openStore';
import { storeParagraphs, testContext } from '../testing/testContext';
import { backupOnOpen, backupsKept } from './backupOnOpen';
import {
  backupFileName,
  backupFolder,
  copyWorkspace,
  createBackup,
  listBackups,
  pruneAutomaticBackups,
  readBackupFileName,
} from './workspaceBackups';

function integrity(file: string): unknown {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.pragma('integrity_check', { simple: true });
  } finally {
    copy.close();
  }
}

function articleTitles(file: string): string[] {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare('SELECT title FROM articles ORDER BY id').pluck().all() as string[];
  } finally {
    copy.close();
  }
}

describe('workspace backups', () => {
  let dir: string;
  let file: string;
  let ctx: CoreContext;
  let clock: Date;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-backups-'));
    file = join(dir, 'Flamanville.sqlite');
    clock = new Date('2026-12-02T09:30:00.000Z');
    ctx = { ...coreContext(openStore(file)), now: () => clock };
  });

  afterEach(() => {
    ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function later(minutes: number): Date {
    clock = new Date(clock.getTime() + minutes * 60_000);
    return clock;
  }

  it('names a backup after the workspace and the time, and reads the name back', () => {
    const name = backupFileName('Flamanville', new Date('2026-12-02T09:30:05.120Z'), 'automatic');
    expect(name).toBe('Flamanville-2026-12-02T09-30-05-120Z-automatic.sqlite');
    expect(readBackupFileName(name, 'Flamanville')).toEqual({
      kind: 'automatic',
      createdAt: '2026-12-02T09:30:05.120Z',
    });
    expect(readBackupFileName(name, 'Rouen')).toBeNull();
    expect(readBackupFileName('Flamanville-notes.sqlite', 'Flamanville')).toBeNull();
  });

  it('lists the name and the backups, newest first, with their date and size', async () => {
    storeParagraphs(ctx, ['Le réacteur de Flamanville a démarré.'], 'Flamanville');
    const first = await dispatch(ctx, 'backups.create', {});
    later(5);
    const second = await dispatch(ctx, 'backups.create', {});
    const listed = await dispatch(ctx, 'backups.list', {});
    expect(listed.workspaceName).toBe('Flamanville');
    expect(listed.backups).toEqual([second, first]);
    expect(first).toMatchObject({ kind: 'manual', createdAt: '2026-12-02T09:30:00.000Z' });
    expect(first.bytes).toBeGreaterThan(4096);
    const copy = join(backupFolder(file), first.fileName);
    expect(integrity(copy)).toBe('ok');
    expect(articleTitles(copy)).toEqual(['Flamanville']);
    // One self-contained file: no write-ahead log beside it, nothing half-written left.
    expect(readdirSync(backupFolder(file)).sort()).toEqual([second.fileName, first.fileName].sort());
  });

  it('never overwrites an existing file', async () => {
    const target = join(dir, 'taken.sqlite');
    writeFileSync(target, 'mine');
    await expect(copyWorkspace(ctx.store, target)).rejects.toThrow(/already exists/);
  });

  it('keeps the newest automatic backups and every backup the user asked for', async () => {
    storeParagraphs(ctx, ['Texte.']);
    const manual = await createBackup(ctx.store, 'manual', later(1));
    const automatic = [];
    for (let round = 0; round < 4; round++)
      automatic.push(await createBackup(ctx.store, 'automatic', later(1)));
    const deleted = pruneAutomaticBackups(file, 2);
    expect(deleted).toEqual([automatic[1]!.fileName, automatic[0]!.fileName]);
    expect(listBackups(file).map((backup) => backup.fileName)).toEqual([
      automatic[3]!.fileName,
      automatic[2]!.fileName,
      manual.fileName,
    ]);
  });

  it('backs up on opening, except an empty workspace or when none are kept', async () => {
    expect(await backupOnOpen(ctx.store, { keep: 5, now: later(1) })).toBeNull();
    storeParagraphs(ctx, ['Texte.']);
    expect(await backupOnOpen(ctx.store, { keep: 0, now: later(1) })).toBeNull();
    for (let round = 0; round < 3; round++) await backupOnOpen(ctx.store, { keep: 2, now: later(1) });
    expect(listBackups(file).map((backup) => backup.kind)).toEqual(['automatic', 'automatic']);
  });

  it('reads how many automatic backups to keep from PASSERELLE_BACKUPS', () => {
    expect(backupsKept({})).toBe(5);
    expect(backupsKept({ PASSERELLE_BACKUPS: '12' })).toBe(12);
    expect(backupsKept({ PASSERELLE_BACKUPS: '0' })).toBe(0);
    expect(() => backupsKept({ PASSERELLE_BACKUPS: 'many' })).toThrow(/whole number/);
  });

  it('restores a backup: the deleted article is back, the replaced content is backed up first', async () => {
    const id = storeParagraphs(ctx, ['Le réacteur a démarré.'], 'Flamanville');
    const backup = await dispatch(ctx, 'backups.create', {});
    await dispatch(ctx, 'articles.delete', { id });
    storeParagraphs(ctx, ['Le budget de Rouen.'], 'Rouen');
    later(10);
    const { restored, safetyBackup } = await dispatch(ctx, 'backups.restore', { fileName: backup.fileName });
    expect(restored).toEqual(backup);
    expect(safetyBackup.kind).toBe('before-restore');
    expect((await dispatch(ctx, 'articles.list', {})).map((article) => article.title)).toEqual([
      'Flamanville',
    ]);
    expect(articleTitles(join(backupFolder(file), safetyBackup.fileName))).toEqual(['Rouen']);
    // The same connection goes on writing, in WAL mode, and another one sees the restored content.
    expect(ctx.store.pragma('journal_mode', { simple: true })).toBe('wal');
    storeParagraphs(ctx, ['Encore.'], 'Après');
    expect(articleTitles(file)).toEqual(['Flamanville', 'Après']);
    expect(ctx.store.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to restore a backup it does not list, or a damaged one', async () => {
    storeParagraphs(ctx, ['Texte.'], 'Avant');
    await expect(dispatch(ctx, 'backups.restore', { fileName: 'other.sqlite' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      dispatch(ctx, 'backups.restore', { fileName: '../Flamanville.sqlite' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const damaged = backupFileName('Flamanville', later(1), 'manual');
    mkdirSync(backupFolder(file), { recursive: true });
    writeFileSync(join(backupFolder(file), damaged), Buffer.alloc(8192, 7));
    await expect(dispatch(ctx, 'backups.restore', { fileName: damaged })).rejects.toMatchObject({
      code: 'parse_failed',
    });
    expect(articleTitles(file)).toEqual(['Avant']);
  });

  it('answers an empty name and no backups for an in-memory workspace, and refuses to back it up', async () => {
    const memory = testContext();
    expect(await dispatch(memory, 'backups.list', {})).toEqual({ workspaceName: '', backups: [] });
    await expect(dispatch(memory, 'backups.create', {})).rejects.toMatchObject({ code: 'forbidden' });
    memory.store.close();
  });

  it('takes a sound backup while another process writes, holding every write acknowledged before it', async () => {
    // Enough pages that an automatic backup takes many steps.
    const paragraphs = Array.from({ length: 1600 }, (_, n) => `Paragraphe ${n} : ${'texte '.repeat(400)}`);
    storeParagraphs(ctx, paragraphs, 'Gros');
    ctx.store.exec('CREATE TABLE probe (n INTEGER PRIMARY KEY, filler BLOB)');
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(file)});
         db.pragma('busy_timeout = 5000');
         const insert = db.prepare('INSERT INTO probe (n, filler) VALUES (?, randomblob(3000))');
         for (let n = 1; ; n++) { insert.run(n); if (n % 20 === 0) process.stdout.write(n + '\\n'); }`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        writer.once('exit', (code) => reject(new Error(`the writer stopped (${code})`)));
        writer.stdout.on('data', (chunk: Buffer) => {
          if (Number(chunk.toString().trim().split('\n').pop()) >= 200) resolve();
        });
      });
      const acknowledged = ctx.store.prepare('SELECT max(n) FROM probe').pluck().get() as number;
      const backup = await createBackup(ctx.store, 'automatic', later(1));
      const copy = new Database(join(backupFolder(file), backup.fileName), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT count(*) FROM probe WHERE n <= ?').pluck().get(acknowledged)).toBe(
          acknowledged,
        );
        expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
      } finally {
        copy.close();
      }
    } finally {
      writer.kill('SIGKILL');
    }
    expect(readdirSync(backupFolder(file)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);
});
