import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleSchema } from '../../../shared/schema';
import { storeArticle } from '../../core/articles/articles';
import { coreContext } from '../../core/coreContext';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';

/// A `CliIo` that keeps what a command printed.
export interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

/// A new temporary folder and a workspace path inside it (not yet created); remove the folder
/// with `rmSync(dir, { recursive: true, force: true })` after the test.
export function makeCliWorkspace(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
  return { dir, db: join(dir, 'workspace.sqlite') };
}

/// An io that captures stdout and stderr, with no environment, no built renderer (under `dir`)
/// and a shutdown that comes at once, unless `overrides` says otherwise.
export function captureIo(dir: string, overrides: Partial<CliIo> = {}): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    env: {},
    rendererDir: join(dir, 'no-renderer'),
    untilShutdown: () => Promise.resolve(),
    ...overrides,
  };
  return io;
}

/// Adds an article straight to the workspace at `db`, so a command's test does not depend on the
/// importer.
export function seedArticle(db: string, title: string, text: string): number {
  const store = openStore(db);
  try {
    const doc = articleSchema.node('doc', null, [
      articleSchema.node('paragraph', null, [articleSchema.text(text)]),
    ]);
    return storeArticle(coreContext(store), 'seed.txt', {
      title,
      byline: null,
      publishedAt: '2025-01-15',
      sourceUrl: null,
      siteName: 'Le Journal',
      language: 'fr',
      encoding: 'utf-8',
      doc,
    });
  } finally {
    store.close();
  }
}
