import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { menuCommandChannel, menuLanguageChannel, type MenuCommand } from '../../shared/menuCommands';
import { coreContext, type CoreContext } from '../core/coreContext';
import { warmUpParseWorkers } from '../core/import/parseInWorker';
import { openStore, type Store } from '../core/store/openStore';
import { defaultWorkspacePath } from '../core/workspacePath';
import { registerMenuLanguage, registerOperations, unregisterOperations } from './ipc';
import { uiLanguageFor, type UiLanguage } from '../../shared/languages';
import { createMainI18n } from './mainI18n';
import { menuTemplate } from './menu';
import { exportGlossaryWithDialog, importArticlesWithDialog, type MenuActionContext } from './menuActions';
import { electronNativeBinding } from './nativeBinding';
import { isRendererUrl, rendererLocation } from './rendererLocation';
import { createMainWindow, hardenSession } from './window';

const location = rendererLocation(import.meta.dirname);
let mainWindow: BrowserWindow | undefined;
let store: Store | undefined;

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(menuCommandChannel, command);
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function installMenu(ctx: CoreContext, language: UiLanguage): void {
  const i18n = createMainI18n(language);
  const actionContext = (): MenuActionContext => ({
    ctx,
    t: i18n.t,
    window: mainWindow,
    documentsDirectory: app.getPath('documents'),
    notifyArticlesChanged: () => sendMenuCommand('articles-changed'),
  });
  const template = menuTemplate({
    t: i18n.t,
    language,
    isPackaged: app.isPackaged,
    platform: process.platform,
    actions: {
      importArticles: () => void importArticlesWithDialog(actionContext(), 'files'),
      importFolder: () => void importArticlesWithDialog(actionContext(), 'folders'),
      exportGlossary: () => void exportGlossaryWithDialog(actionContext()),
      undo: () => sendMenuCommand('undo'),
      redo: () => sendMenuCommand('redo'),
      setLanguage: (next) => {
        // The menu is rebuilt in the new language; the renderer switches and remembers it.
        installMenu(ctx, next);
        sendMenuCommand(`set-language:${next}`);
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openWorkspace(language: UiLanguage): Store | undefined {
  const file = defaultWorkspacePath();
  try {
    return openStore(file, { nativeBinding: electronNativeBinding(app.getAppPath()) });
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
  store = openWorkspace(language);
  if (!store) {
    app.quit();
    return;
  }
  const ctx = coreContext(store);
  hardenSession(session.defaultSession);
  registerOperations(ipcMain, ctx, (url) => isRendererUrl(location, url));
  installMenu(ctx, language);
  // The renderer remembers the user's language; the menu starts in the OS's and follows it.
  registerMenuLanguage(
    ipcMain,
    (url) => isRendererUrl(location, url),
    (chosen) => installMenu(ctx, chosen),
  );
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
    store?.close();
    store = undefined;
  });
  void app.whenReady().then(start);
}
