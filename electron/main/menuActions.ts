import {
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { TFunction } from 'i18next';
import type { ImportOutcome } from '../../shared/domain';
import { toErrorBody, type ErrorParams } from '../../shared/errors';
import { phrasedDetail } from '../../shared/errorText';
import { clientError } from '../core/clientError';
import type { CoreContext, ExportFile } from '../core/coreContext';
import { backupFileName, copyWorkspace } from '../core/backups/workspaceBackups';
import { importPaths } from '../core/import/importPaths';
import { importExtensions } from '../../shared/importFormats';
import { languageName } from '../../shared/languages';

/// What the menu's dialogs need: the workspace, the translator, the window to attach dialogs to,
/// and a way to tell the renderer the article list changed.
export interface MenuActionContext {
  readonly ctx: CoreContext;
  readonly t: TFunction;
  readonly window: BrowserWindow | undefined;
  readonly documentsDirectory: string;
  readonly notifyArticlesChanged: () => void;
}

/// The one-line reason a failed file shows in the summary, translated by error code, then its
/// detail phrased from its params in the same language (left out when it would only repeat
/// `fileName`, which the line already starts with); codes the locale does not know fall back to
/// the core's English message.
export function failureReason(
  t: TFunction,
  error: { readonly code: string; readonly message: string; readonly params?: ErrorParams | undefined },
  fileName?: string,
): string {
  const reason = t(`errors.${error.code}`, { defaultValue: error.message, message: error.message });
  const detail = phrasedDetail((key, options) => t(key, { ...options, ns: 'translation' }), error);
  return detail === '' || detail === fileName ? reason : t('dialog.reasonWithDetail', { reason, detail });
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
      ? [
          t('dialog.failureLine', {
            fileName: outcome.fileName,
            reason: failureReason(t, outcome.error, outcome.fileName),
          }),
        ]
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
                    language: languageName(warning.language, t('dialog.locale')),
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

/// Imports the picked files and folders (recursively) one at a time through the core, reporting
/// progress as a fraction; returns one outcome per file, in order, named by its base name as the
/// summary shows it.
export async function importFiles(
  ctx: CoreContext,
  paths: readonly string[],
  onProgress: (fraction: number) => void = () => {},
): Promise<ImportOutcome[]> {
  const outcomes = await importPaths(ctx, paths, (_outcome, done, total) => onProgress(done / total));
  return outcomes.map((outcome) => ({ ...outcome, fileName: basename(outcome.fileName) }));
}

function showOpen(window: BrowserWindow | undefined, options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

/// The native save dialog, attached to `window` when there is one.
export function showSave(window: BrowserWindow | undefined, options: SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function showMessage(window: BrowserWindow | undefined, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

/// File → Import… and File → Import Folder…: lets the user pick article files (or folders, read
/// recursively), imports them one by one with the window's native progress bar, summarises the
/// outcome in a message box (each failed file with its reason) and tells the renderer to refresh.
export async function importArticlesWithDialog(
  { ctx, t, window, notifyArticlesChanged }: MenuActionContext,
  pick: 'files' | 'folders' = 'files',
): Promise<void> {
  const picked = await showOpen(
    window,
    pick === 'files'
      ? {
          title: t('dialog.importTitle'),
          buttonLabel: t('dialog.importButton'),
          properties: ['openFile', 'multiSelections'],
          filters: [
            {
              name: t('dialog.articleFiles', { extensions: importExtensions.join(', ') }),
              extensions: importExtensions.map((extension) => extension.slice(1)),
            },
          ],
        }
      : {
          title: t('dialog.importFolderTitle'),
          buttonLabel: t('dialog.importButton'),
          properties: ['openDirectory', 'multiSelections'],
        },
  );
  if (picked.canceled || picked.filePaths.length === 0) return;
  let outcomes: ImportOutcome[];
  try {
    outcomes = await importFiles(ctx, picked.filePaths, (fraction) => window?.setProgressBar(fraction));
  } catch (error) {
    dialog.showErrorBox(t('dialog.importErrorTitle'), failureReason(t, toErrorBody(clientError(error))));
    return;
  } finally {
    window?.setProgressBar(-1);
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

/// The Export dialog's Save in the desktop app: the native save dialog, offering the export's own
/// name in the documents folder, then a copy of the finished file there. The chosen path, or null
/// when the dialog was closed.
export async function saveExportWithDialog(
  { t, window, documentsDirectory }: Pick<MenuActionContext, 't' | 'window' | 'documentsDirectory'>,
  file: ExportFile,
): Promise<string | null> {
  const extension = extname(file.fileName).slice(1);
  const target = await showSave(window, {
    title: t('dialog.saveExportTitle'),
    buttonLabel: t('dialog.saveExportButton'),
    defaultPath: join(documentsDirectory, file.fileName),
    filters: [
      { name: t('dialog.exportFiles', { extension }), extensions: [extension] },
      { name: t('workspace.allFiles'), extensions: ['*'] },
    ],
  });
  if (target.canceled || !target.filePath) return null;
  await copyFile(file.path, target.filePath);
  return target.filePath;
}

/// What the workspace items of the File menu need: the open workspace and its name, the
/// translator, the window to attach dialogs to, and a way to switch the app to another file
/// (which throws when the file cannot be opened, the open workspace staying open).
export interface WorkspaceActionContext {
  readonly ctx: CoreContext;
  readonly workspaceName: string;
  readonly t: TFunction;
  readonly window: BrowserWindow | undefined;
  readonly documentsDirectory: string;
  readonly switchWorkspace: (file: string) => Promise<void>;
}

function workspaceFilters(t: TFunction): { name: string; extensions: string[] }[] {
  return [
    { name: t('workspace.files'), extensions: ['sqlite', 'db'] },
    { name: t('workspace.allFiles'), extensions: ['*'] },
  ];
}

/// Switches to `file`, telling the user in a box why when it cannot be opened (a damaged or
/// foreign file, a missing folder); answers whether the switch happened.
export async function switchWorkspaceOrExplain(
  { t, switchWorkspace }: WorkspaceActionContext,
  file: string,
): Promise<boolean> {
  try {
    await switchWorkspace(file);
    return true;
  } catch (error) {
    dialog.showErrorBox(
      t('workspace.openErrorTitle'),
      t('workspace.openErrorMessage', { path: file, reason: clientError(error).message }),
    );
    return false;
  }
}

/// File → New Workspace…: asks for a new file name and switches the app to a new, empty
/// workspace there; an existing file is never replaced.
export async function newWorkspaceWithDialog(context: WorkspaceActionContext): Promise<void> {
  const { t, window, documentsDirectory } = context;
  const target = await showSave(window, {
    title: t('workspace.newTitle'),
    buttonLabel: t('workspace.newButton'),
    defaultPath: join(documentsDirectory, `${t('workspace.defaultName')}.sqlite`),
    filters: workspaceFilters(t).slice(0, 1),
  });
  if (target.canceled || !target.filePath) return;
  if (existsSync(target.filePath)) {
    dialog.showErrorBox(t('workspace.existsTitle'), t('workspace.existsMessage', { path: target.filePath }));
    return;
  }
  await switchWorkspaceOrExplain(context, target.filePath);
}

/// File → Open Workspace…: lets the user pick a workspace file and switches the app to it.
export async function openWorkspaceWithDialog(context: WorkspaceActionContext): Promise<void> {
  const { t, window, documentsDirectory } = context;
  const picked = await showOpen(window, {
    title: t('workspace.openTitle'),
    buttonLabel: t('workspace.openButton'),
    defaultPath: documentsDirectory,
    properties: ['openFile'],
    filters: workspaceFilters(t),
  });
  const file = picked.filePaths[0];
  if (picked.canceled || file === undefined) return;
  await switchWorkspaceOrExplain(context, file);
}

/// File → Back Up Workspace…: asks where to save, then copies the workspace there through
/// SQLite's backup API and says where the copy went.
export async function backUpWorkspaceWithDialog({
  ctx,
  workspaceName,
  t,
  window,
  documentsDirectory,
}: WorkspaceActionContext): Promise<void> {
  const target = await showSave(window, {
    title: t('workspace.backUpTitle'),
    buttonLabel: t('workspace.backUpButton'),
    defaultPath: join(documentsDirectory, backupFileName(workspaceName, ctx.now(), 'manual')),
    filters: workspaceFilters(t).slice(0, 1),
  });
  if (target.canceled || !target.filePath) return;
  try {
    await copyWorkspace(ctx.store, target.filePath);
  } catch (error) {
    dialog.showErrorBox(t('workspace.backUpErrorTitle'), clientError(error).message);
    return;
  }
  await showMessage(window, {
    type: 'info',
    title: t('workspace.backedUpTitle'),
    message: t('workspace.backedUpMessage', { name: workspaceName, path: target.filePath }),
    buttons: [t('dialog.ok')],
  });
}
