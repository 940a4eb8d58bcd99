import {
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { TFunction } from 'i18next';
import { maxImportBytes } from '../../shared/contract';
import type { ImportOutcome } from '../../shared/domain';
import { toErrorBody } from '../../shared/errors';
import type { CoreContext } from '../core/coreContext';
import { dispatch } from '../core/dispatch';

/// What the menu's dialogs need: the workspace, the translator, the window to attach dialogs to,
/// and a way to tell the renderer the article list changed.
export interface MenuActionContext {
  readonly ctx: CoreContext;
  readonly t: TFunction;
  readonly window: BrowserWindow | undefined;
  readonly documentsDirectory: string;
  readonly notifyArticlesChanged: () => void;
}

// Bounds the bytes held in memory at once: each batch is read, imported, then dropped.
const filesPerBatch = 20;

/// The one-line reason a failed file shows in the summary, translated by error code; codes the
/// locale does not know fall back to the core's English message.
export function failureReason(
  t: TFunction,
  error: { readonly code: string; readonly message: string },
): string {
  return t(`errors.${error.code}`, { defaultValue: error.message, message: error.message });
}

/// The import summary box's text: how many files were imported, then one line per failure, one
/// per duplicate (a file whose text the library already holds) and one per import warning.
export function importSummary(
  t: TFunction,
  outcomes: readonly ImportOutcome[],
): { message: string; detail: string } {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === 'failed'
      ? [t('dialog.failureLine', { fileName: outcome.fileName, reason: failureReason(t, outcome.error) })]
      : [],
  );
  const duplicates = outcomes.flatMap((outcome) =>
    outcome.status === 'duplicate'
      ? [t('dialog.duplicateLine', { fileName: outcome.fileName, title: outcome.title })]
      : [],
  );
  const warnings = outcomes.flatMap((outcome) =>
    outcome.status === 'imported'
      ? outcome.warnings.map((warning) =>
          t('dialog.warningLine', {
            fileName: outcome.fileName,
            warning: t(`warnings.${warning.code}`, {
              ...warning,
              ...(warning.code === 'not_french'
                ? {
                    language: new Intl.DisplayNames([t('dialog.locale')], { type: 'language' }).of(
                      warning.language,
                    ),
                  }
                : {}),
              defaultValue: warning.message,
            }),
          }),
        )
      : [],
  );
  const sections = [
    ...(failures.length > 0 ? [[t('dialog.failedHeading'), ...failures].join('\n')] : []),
    ...(duplicates.length > 0 ? [[t('dialog.duplicateHeading'), ...duplicates].join('\n')] : []),
    ...(warnings.length > 0 ? [[t('dialog.warningHeading'), ...warnings].join('\n')] : []),
  ];
  return {
    message: t('dialog.importedCount', { imported, total: outcomes.length }),
    detail: sections.join('\n\n'),
  };
}

async function readForImport(path: string): Promise<{ name: string; data: string } | ImportOutcome> {
  const fileName = basename(path);
  try {
    // Checked before reading so a huge file is refused without loading it into memory.
    if ((await stat(path)).size > maxImportBytes) {
      return { fileName, status: 'failed', error: { code: 'too_large', message: 'The file is too large.' } };
    }
    return { name: fileName, data: (await readFile(path)).toString('base64') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { fileName, status: 'failed', error: { code: 'unreadable', message } };
  }
}

/// Reads `paths` in batches, imports them through `articles.import`, and returns one outcome per
/// path in order; a file that cannot be read fails alone.
export async function importFiles(ctx: CoreContext, paths: readonly string[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (let first = 0; first < paths.length; first += filesPerBatch) {
    const read = await Promise.all(paths.slice(first, first + filesPerBatch).map(readForImport));
    const files = read.flatMap((entry) => ('data' in entry ? [entry] : []));
    const imported = files.length > 0 ? (await dispatch(ctx, 'articles.import', { files })).results : [];
    let next = 0;
    for (const entry of read) outcomes.push('data' in entry ? imported[next++]! : entry);
  }
  return outcomes;
}

function showOpen(window: BrowserWindow | undefined, options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

function showSave(window: BrowserWindow | undefined, options: SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function showMessage(window: BrowserWindow | undefined, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

/// File → Import…: lets the user pick article files, imports them, summarises the outcome in a
/// message box (each failed file with its reason) and tells the renderer to refresh.
export async function importArticlesWithDialog({
  ctx,
  t,
  window,
  notifyArticlesChanged,
}: MenuActionContext): Promise<void> {
  const picked = await showOpen(window, {
    title: t('dialog.importTitle'),
    buttonLabel: t('dialog.importButton'),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('dialog.articleFiles'), extensions: ['txt', 'text', 'html', 'htm', 'docx', 'md'] }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  let outcomes: ImportOutcome[];
  try {
    outcomes = await importFiles(ctx, picked.filePaths);
  } catch (error) {
    dialog.showErrorBox(t('dialog.importErrorTitle'), failureReason(t, toErrorBody(error)));
    return;
  } finally {
    // Even a batch that failed midway may have stored the files before it.
    notifyArticlesChanged();
  }
  const summary = importSummary(t, outcomes);
  const failed = outcomes.some((outcome) => outcome.status === 'failed');
  await showMessage(window, {
    type: failed ? 'warning' : 'info',
    title: t('dialog.importSummaryTitle'),
    message: summary.message,
    detail: summary.detail,
    buttons: [t('dialog.ok')],
  });
}

/// File → Export Glossary…: asks where to save, then writes the glossary as CSV there.
export async function exportGlossaryWithDialog({
  ctx,
  t,
  window,
  documentsDirectory,
}: MenuActionContext): Promise<void> {
  const target = await showSave(window, {
    title: t('dialog.exportTitle'),
    buttonLabel: t('dialog.exportButton'),
    defaultPath: join(documentsDirectory, 'passerelle-glossary.csv'),
    filters: [{ name: t('dialog.csvFiles'), extensions: ['csv'] }],
  });
  if (target.canceled || !target.filePath) return;
  try {
    const exported = await dispatch(ctx, 'glossary.export', { format: 'csv' });
    await writeFile(target.filePath, exported.content, 'utf8');
  } catch (error) {
    dialog.showErrorBox(t('dialog.exportErrorTitle'), failureReason(t, toErrorBody(error)));
  }
}
