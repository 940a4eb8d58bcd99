import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { menuCommandChannel, menuLanguageChannel, type MenuCommand } from '../../shared/menuCommands';
import { backupsKept } from '../core/backups/backupOnOpen';
import type { CoreContext } from '../core/coreContext';
import { warmUpParseWorkers } from '../core/import/parseInWorker';
import { defaultWorkspacePath } from '../core/workspacePath';
import {
  openDesktopWorkspace,
  switchDesktopWorkspace,
  type DesktopWorkspace,
  type DesktopWorkspaceOptions,
} from './desktopWorkspace';
import { registerMenuLanguage, registerOperations, unregisterOperations } from './ipc';
import { uiLanguageFor, type UiLanguage } from '../../shared/languages';
import { createMainI18n } from './mainI18n';
import { menuTemplate } from './menu';
import { exportGlossaryPdfWithDialog } from './glossaryPdf';
import {
  backUpWorkspaceWithDialog,
  importArticlesWithDialog,
  newWorkspaceWithDialog,
  openWorkspaceWithDialog,
  saveExportWithDialog,
  switchWorkspaceOrExplain,
  type MenuActionContext,
  type WorkspaceActionContext,
} from './menuActions';
import { electronNativeBinding } from './nativeBinding';
import {
  readRecentWorkspaces,
  recentWorkspacesFileName,
  withoutRecentWorkspace,
  withRecentWorkspace,
  writeRecentWorkspaces,
} from './recentWorkspaces';
import { isRendererUrl, rendererLocation } from './rendererLocation';
import { createMainWindow, hardenSession } from './window';

const location = rendererLocation(import.meta.dirname);
const isTrustedSender = (url: string): boolean => isRendererUrl(location, url);
let mainWindow: BrowserWindow | undefined;
let workspace: DesktopWorkspace | undefined;
let menuLanguage: UiLanguage = 'en';

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(menuCommandChannel, command);
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function recentWorkspacesFile(): string {
  return join(app.getPath('userData'), recentWorkspacesFileName);
}

function workspaceOptions(): DesktopWorkspaceOptions {
  return {
    nativeBinding: electronNativeBinding(app.getAppPath()),
    keepBackups: backupsKept(),
    onBackupError: (error) => console.error('Passerelle: the automatic backup failed:', error),
  };
}

/// `ctx` with the Export dialog's Save going through the native save dialog, in the menu's language.
function withNativeSave(ctx: CoreContext): CoreContext {
  return {
    ...ctx,
    saveExport: (file) =>
      saveExportWithDialog(
        {
          t: createMainI18n(menuLanguage).t,
          window: mainWindow,
          documentsDirectory: app.getPath('documents'),
        },
        file,
      ),
  };
}

/// Points IPC, the menu and the recent list at `next`, then reloads the window over it.
function activateWorkspace(next: DesktopWorkspace): void {
  unregisterOperations(ipcMain);
  registerOperations(ipcMain, withNativeSave(next.ctx), isTrustedSender);
  workspace = next;
  writeRecentWorkspaces(
    recentWorkspacesFile(),
    withRecentWorkspace(readRecentWorkspaces(recentWorkspacesFile()), next.file),
  );
  installMenu(menuLanguage);
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.reload();
}

async function switchWorkspace(file: string): Promise<void> {
  if (!workspace) return;
  await switchDesktopWorkspace(workspace, file, workspaceOptions(), activateWorkspace);
}

function installMenu(language: UiLanguage): void {
  const current = workspace;
  if (!current) return;
  menuLanguage = language;
  const i18n = createMainI18n(language);
  const actionContext = (): MenuActionContext => ({
    ctx: current.ctx,
    t: i18n.t,
    window: mainWindow,
    documentsDirectory: app.getPath('documents'),
    notifyArticlesChanged: () => sendMenuCommand('articles-changed'),
  });
  const workspaceContext = (): WorkspaceActionContext => ({
    ctx: current.ctx,
    workspaceName: current.name,
    t: i18n.t,
    window: mainWindow,
    documentsDirectory: app.getPath('documents'),
    switchWorkspace,
  });
  const recent = readRecentWorkspaces(recentWorkspacesFile());
  const template = menuTemplate({
    t: i18n.t,
    language,
    isPackaged: app.isPackaged,
    platform: process.platform,
    recentWorkspaces: recent.filter((file) => file !== current.file),
    actions: {
      importArticles: () => void importArticlesWithDialog(actionContext(), 'files'),
      importFolder: () => void importArticlesWithDialog(actionContext(), 'folders'),
      importExchange: () => sendMenuCommand('show-import'),
      showExport: () => sendMenuCommand('show-export'),
      exportGlossaryPdf: () => void exportGlossaryPdfWithDialog(actionContext()),
      undo: () => sendMenuCommand('undo'),
      redo: () => sendMenuCommand('redo'),
      setLanguage: (next) => {
        // The menu is rebuilt in the new language; the renderer switches and remembers it.
        installMenu(next);
        sendMenuCommand(`set-language:${next}`);
      },
      newWorkspace: () => void newWorkspaceWithDialog(workspaceContext()),
      openWorkspace: () => void openWorkspaceWithDialog(workspaceContext()),
      openRecentWorkspace: (file) =>
        void switchWorkspaceOrExplain(workspaceContext(), file).then((switched) => {
          // A recent workspace that cannot be opened any more leaves the list.
          if (switched) return;
          writeRecentWorkspaces(
            recentWorkspacesFile(),
            withoutRecentWorkspace(readRecentWorkspaces(recentWorkspacesFile()), file),
          );
          installMenu(menuLanguage);
        }),
      backUpWorkspace: () => void backUpWorkspaceWithDialog(workspaceContext()),
      restoreBackup: () => sendMenuCommand('show-backups'),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openStartupWorkspace(language: UiLanguage): DesktopWorkspace | undefined {
  const file = defaultWorkspacePath();
  try {
    return openDesktopWorkspace(file, workspaceOptions());
  } catch (error) {
    const { t } = createMainI18n(language);
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      t('dialog.startupErrorTitle'),
      t('dialog.startupErrorMessage', { path: file, reason }),
    );
    return undefined;
  }
}

function start(): void {
  const language = uiLanguageFor(app.getLocale());
  const opened = openStartupWorkspace(language);
  if (!opened) {
    app.quit();
    return;
  }
  hardenSession(session.defaultSession);
  menuLanguage = language;
  activateWorkspace(opened);
  // The renderer remembers the user's language; the menu starts in the OS's and follows it.
  registerMenuLanguage(ipcMain, isTrustedSender, (chosen) => installMenu(chosen));
  mainWindow = createMainWindow(location, createMainI18n(language).t('app.title'));
  // The first import should not wait for the parsing workers to load their readers.
  warmUpParseWorkers();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0)
      mainWindow = createMainWindow(location, createMainI18n(language).t('app.title'));
  });
}

// Two instances writing one workspace would fight over it: the second hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    unregisterOperations(ipcMain);
    ipcMain.removeAllListeners(menuLanguageChannel);
    // Closing now stops an automatic backup still being copied; its partial file is removed.
    workspace?.ctx.store.close();
    workspace = undefined;
  });
  void app.whenReady().then(start);
}
