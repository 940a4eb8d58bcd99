import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PasserelleError } from '../../shared/errors';
import { maxImportBytes } from '../../shared/limits';
import { coreContext, type CoreContext } from '../core/coreContext';
import { dispatch } from '../core/dispatch';
import { openStore, type Store } from '../core/store/openStore';
import { createMainI18n } from './mainI18n';
import {
  backUpWorkspaceWithDialog,
  newWorkspaceWithDialog,
  openWorkspaceWithDialog,
  type WorkspaceActionContext,
  saveExportWithDialog,
  importArticlesWithDialog,
  importFiles,
  importSummary,
  type MenuActionContext,
} from './menuActions';

const electron = vi.hoisted(() => ({
  openResult: { canceled: false, filePaths: [] as string[] },
  saveResult: { canceled: false, filePath: '' },
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn((_options: unknown) => Promise.resolve({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
}));

vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: (options: unknown) => {
      electron.showOpenDialog(options);
      return Promise.resolve(electron.openResult);
    },
    showSaveDialog: (options: unknown) => {
      electron.showSaveDialog(options);
      return Promise.resolve(electron.saveResult);
    },
    showMessageBox: electron.showMessageBox,
    showErrorBox: electron.showErrorBox,
  },
}));

const article = readFileSync(join(import.meta.dirname, '../../../shared/corpus/seed-h200-chine.fr.txt'));

describe('menu actions', () => {
  let folder: string;
  let store: Store;
  let ctx: CoreContext;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'passerelle-menu-'));
    store = openStore(':memory:');
    ctx = coreContext(store);
    vi.clearAllMocks();
  });

  afterEach(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function actionContext(language: 'en' | 'fr' = 'en', notifyArticlesChanged = vi.fn()): MenuActionContext {
    return {
      ctx,
      t: createMainI18n(language).t,
      window: undefined,
      documentsDirectory: folder,
      notifyArticlesChanged,
    };
  }

  it('imports good files and reports each bad one beside them, in order', async () => {
    const good = join(folder, 'seed.txt');
    const huge = join(folder, 'huge.txt');
    writeFileSync(good, article);
    writeFileSync(huge, '');
    truncateSync(huge, maxImportBytes + 1);
    const outcomes = await importFiles(ctx, [huge, join(folder, 'missing.txt'), good]);
    expect(outcomes.map(({ fileName, status }) => ({ fileName, status }))).toEqual([
      { fileName: 'huge.txt', status: 'failed' },
      { fileName: 'missing.txt', status: 'failed' },
      { fileName: 'seed.txt', status: 'imported' },
    ]);
    expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(1);
  });

  it('imports a folder recursively and reports progress after each file', async () => {
    mkdirSync(join(folder, 'dossier', 'sous-dossier'), { recursive: true });
    writeFileSync(join(folder, 'dossier', 'un.txt'), article);
    writeFileSync(join(folder, 'dossier', 'sous-dossier', 'deux.txt'), `${article} Encore une phrase.`);
    const progress: number[] = [];
    const outcomes = await importFiles(ctx, [join(folder, 'dossier')], (fraction) => progress.push(fraction));
    expect(outcomes.map(({ fileName, status }) => ({ fileName, status }))).toEqual([
      { fileName: 'deux.txt', status: 'imported' },
      { fileName: 'un.txt', status: 'imported' },
    ]);
    expect(progress).toEqual([0.5, 1]);
  });

  it('summarises an import in French with one line per failed file', () => {
    const summary = importSummary(createMainI18n('fr').t, [
      { fileName: 'a.txt', status: 'imported', articleId: 1, title: 'A', warnings: [] },
      { fileName: 'b.pdf', status: 'failed', error: { code: 'unsupported_format', message: 'Unsupported.' } },
    ]);
    expect(summary.message).toBe('Importés\u00a0: 1 sur 2');
    expect(summary.detail).toBe('Non importés\u00a0:\nb.pdf\u00a0: type de fichier non pris en charge');
  });

  it('lists the files already in the library after the failures', () => {
    const summary = importSummary(createMainI18n('en').t, [
      { fileName: 'a.txt', status: 'duplicate', articleId: 1, title: 'Budget 2027' },
      { fileName: 'b.pdf', status: 'failed', error: { code: 'empty_file', message: 'Empty.' } },
    ]);
    expect(summary.message).toBe('Imported: 0 of 2');
    expect(summary.detail).toBe(
      'Not imported:\nb.pdf: the file holds no article text\n\nAlready in the library, not imported again:\na.txt: “Budget 2027”',
    );
  });

  it('lists the import warnings last, one line per warning', () => {
    const summary = importSummary(createMainI18n('fr').t, [
      {
        fileName: 'a.txt',
        status: 'imported',
        articleId: 1,
        title: 'A',
        warnings: [
          { code: 'encoding_guessed', encoding: 'windows-1252', message: 'Read as windows-1252.' },
          { code: 'not_french', language: 'en', message: 'Not French.' },
        ],
      },
    ]);
    expect(summary.detail).toBe(
      'Importés avec un avertissement\u00a0:\n' +
        'a.txt\u00a0: Le fichier ne déclare aucun encodage et n’est pas en UTF-8\u00a0; il a été lu en windows-1252.\n' +
        'a.txt\u00a0: Le texte semble être en anglais, pas en français\u00a0; sa langue a été réglée en conséquence.',
    );
  });

  it('phrases an error’s detail from its params in the dialog’s language, naming the file once', () => {
    const summary = importSummary(createMainI18n('fr').t, [
      {
        fileName: 'enorme.txt',
        status: 'failed',
        error: {
          code: 'too_large',
          message: 'enorme.txt is 21 MB, over the 20 MB import limit.',
          params: { detail: 'file', fileName: 'enorme.txt', size: 21, limit: 20 },
        },
      },
      {
        fileName: 'vide.txt',
        status: 'failed',
        error: {
          code: 'empty_file',
          message: 'vide.txt: the file is empty.',
          params: { detail: 'empty', fileName: 'vide.txt' },
        },
      },
    ]);
    expect(summary.detail).toBe(
      'Non importés\u00a0:\n' +
        'enorme.txt\u00a0: le fichier est trop volumineux (enorme.txt fait 21 Mo, au-delà de la limite d’import de 20 Mo)\n' +
        'vide.txt\u00a0: le fichier ne contient aucun texte d’article',
    );
    expect(summary.detail).not.toMatch(/is 21 MB|the file is empty/);
  });

  it('falls back to the core’s message for a code the locale does not know', () => {
    const summary = importSummary(createMainI18n('en').t, [
      {
        fileName: 'c.txt',
        status: 'failed',
        error: { code: 'something_new', message: 'Something new went wrong.' },
      },
    ]);
    expect(summary.detail).toBe('Not imported:\nc.txt: Something new went wrong.');
  });

  it('imports the picked files, shows the summary and tells the renderer to refresh', async () => {
    const good = join(folder, 'seed.txt');
    writeFileSync(good, article);
    electron.openResult = { canceled: false, filePaths: [good] };
    const notify = vi.fn();
    await importArticlesWithDialog(actionContext('en', notify));
    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Import Articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: 'Articles (.txt, .text, .html, .htm, .xhtml, .md, .markdown, .docx)',
            extensions: ['txt', 'text', 'html', 'htm', 'xhtml', 'md', 'markdown', 'docx'],
          },
        ],
      }),
    );
    expect(electron.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', message: 'Imported: 1 of 1' }),
    );
    expect(notify).toHaveBeenCalledOnce();
  });

  it('does nothing when the file picker is cancelled', async () => {
    electron.openResult = { canceled: true, filePaths: [] };
    const notify = vi.fn();
    await importArticlesWithDialog(actionContext('en', notify));
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('copies a finished export where the user chose, offering its name in the documents folder', async () => {
    const source = join(folder, 'job', 'passerelle-dataset.jsonl');
    mkdirSync(join(folder, 'job'));
    writeFileSync(source, '{"text":"Pékin"}\n');
    const target = join(folder, 'mine.jsonl');
    electron.saveResult = { canceled: false, filePath: target };
    const saved = await saveExportWithDialog(actionContext('fr'), {
      path: source,
      fileName: 'passerelle-dataset.jsonl',
      mimeType: 'application/jsonl',
    });
    expect(saved).toBe(target);
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Enregistrer l’export',
        defaultPath: join(folder, 'passerelle-dataset.jsonl'),
        filters: [
          { name: 'Fichiers .jsonl', extensions: ['jsonl'] },
          { name: 'Tous les fichiers', extensions: ['*'] },
        ],
      }),
    );
    expect(readFileSync(target, 'utf8')).toBe('{"text":"Pékin"}\n');
  });

  it('copies nothing and answers null when the save dialog is closed', async () => {
    electron.saveResult = { canceled: true, filePath: '' };
    const saved = await saveExportWithDialog(actionContext('en'), {
      path: join(folder, 'missing.zip'),
      fileName: 'passerelle-dataset-brat.zip',
      mimeType: 'application/zip',
    });
    expect(saved).toBeNull();
  });
});

describe('workspace menu actions', () => {
  let folder: string;
  let store: Store;
  let switchWorkspace: ReturnType<typeof vi.fn<(file: string) => Promise<void>>>;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'passerelle-menu-'));
    store = openStore(join(folder, 'Flamanville.sqlite'));
    switchWorkspace = vi.fn((_file: string) => Promise.resolve());
    vi.clearAllMocks();
  });

  afterEach(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function workspaceContext(language: 'en' | 'fr' = 'en'): WorkspaceActionContext {
    return {
      ctx: { ...coreContext(store), now: () => new Date('2026-12-02T09:30:00.000Z') },
      workspaceName: 'Flamanville',
      t: createMainI18n(language).t,
      window: undefined,
      documentsDirectory: folder,
      switchWorkspace,
    };
  }

  it('creates a new workspace where the user chose, offering a name in the documents folder', async () => {
    const target = join(folder, 'Rouen.sqlite');
    electron.saveResult = { canceled: false, filePath: target };
    await newWorkspaceWithDialog(workspaceContext('fr'));
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Nouvel espace de travail',
        defaultPath: join(folder, 'Enquête.sqlite'),
      }),
    );
    expect(switchWorkspace).toHaveBeenCalledWith(target);
  });

  it('never makes a new workspace over an existing file', async () => {
    const target = join(folder, 'notes.sqlite');
    writeFileSync(target, 'mes notes');
    electron.saveResult = { canceled: false, filePath: target };
    await newWorkspaceWithDialog(workspaceContext());
    expect(switchWorkspace).not.toHaveBeenCalled();
    expect(electron.showErrorBox).toHaveBeenCalledWith(
      'That file already exists',
      expect.stringContaining(target),
    );
    expect(readFileSync(target, 'utf8')).toBe('mes notes');
  });

  it('opens the picked workspace, and explains when it cannot be opened', async () => {
    const picked = join(folder, 'empty.sqlite');
    electron.openResult = { canceled: false, filePaths: [picked] };
    switchWorkspace.mockRejectedValueOnce(
      new PasserelleError('empty_file', `The workspace ${picked} is an empty file (0 bytes).`),
    );
    await openWorkspaceWithDialog(workspaceContext());
    expect(switchWorkspace).toHaveBeenCalledWith(picked);
    expect(electron.showErrorBox).toHaveBeenCalledWith(
      'The workspace could not be opened',
      expect.stringMatching(/empty\.sqlite is an empty file[\s\S]*The workspace open before stays open/),
    );
  });

  it('does nothing when the open dialog is cancelled', async () => {
    electron.openResult = { canceled: true, filePaths: [] };
    await openWorkspaceWithDialog(workspaceContext());
    expect(switchWorkspace).not.toHaveBeenCalled();
  });

  it('backs the workspace up where the user chose and says where', async () => {
    await dispatch(coreContext(store), 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      englishTerm: 'Beijing',
    });
    const target = join(folder, 'copy.sqlite');
    electron.saveResult = { canceled: false, filePath: target };
    await backUpWorkspaceWithDialog(workspaceContext());
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(folder, 'Flamanville-2026-12-02T09-30-00-000Z-manual.sqlite'),
      }),
    );
    const copy = openStore(target);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT french_term FROM glossary_entries').pluck().all()).toEqual(['Pékin']);
    } finally {
      copy.close();
    }
    expect(electron.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: `“Flamanville” was copied to ${target}.` }),
    );
  });

  it('refuses to back up over an existing file, in an error box', async () => {
    const target = join(folder, 'taken.sqlite');
    writeFileSync(target, 'taken');
    electron.saveResult = { canceled: false, filePath: target };
    await backUpWorkspaceWithDialog(workspaceContext());
    expect(electron.showErrorBox).toHaveBeenCalledWith(
      'The workspace could not be backed up',
      expect.stringContaining('already exists'),
    );
    expect(readFileSync(target, 'utf8')).toBe('taken');
  });
});
