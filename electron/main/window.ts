import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import { isRendererUrl, type RendererLocation } from './rendererLocation';

/// The built preload script; CommonJS because a sandboxed preload cannot load ES modules.
export const preloadPath = join(import.meta.dirname, '..', 'preload', 'index.cjs');

/// The main window's web preferences: the page is sandboxed and isolated, gets no Node, and
/// reaches the app only through the preload's bridge.
export const mainWindowWebPreferences = {
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

const externalProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/// Whether `url` may be handed to the OS through `shell.openExternal`: only http(s) links with
/// a host and mailto links; never file:, javascript:, custom schemes or unparsable text.
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!externalProtocols.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/// Opens `url` in the user's browser or mail client if `isSafeExternalUrl` allows it.
export function openExternalIfSafe(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/// Keeps the window on the app's own page: navigation elsewhere is cancelled (safe links go to
/// the OS instead), new windows are denied, and `<webview>` cannot be attached.
export function confineNavigation(contents: WebContents, location: RendererLocation): void {
  const guard = (event: { preventDefault: () => void }, url: string): void => {
    if (isRendererUrl(location, url)) return;
    event.preventDefault();
    openExternalIfSafe(url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

/// Applies the app's session policy: the Content-Security-Policy header on every response
/// (index.html carries the same policy in a meta tag) and every permission request refused.
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/// Creates the main window with `mainWindowWebPreferences`, confines it to `location` and loads
/// the renderer; the window is shown once its first paint is ready.
export function createMainWindow(location: RendererLocation, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    title,
    show: false,
    webPreferences: mainWindowWebPreferences,
  });
  confineNavigation(window.webContents, location);
  window.once('ready-to-show', () => window.show());
  if (location.kind === 'url') void window.loadURL(location.url);
  else void window.loadFile(location.path);
  return window;
}
