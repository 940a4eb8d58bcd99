import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import {
  confineNavigation,
  createMainWindow,
  hardenSession,
  isSafeExternalUrl,
  mainWindowWebPreferences,
} from './window';

const electron = vi.hoisted(() => ({
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  windows: [] as { options: unknown; loaded: string[] }[],
}));

vi.mock('electron', () => {
  class FakeContents {
    listeners = new Map<string, (...args: unknown[]) => void>();
    openHandler: ((details: { url: string }) => unknown) | undefined;
    on(name: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(name, listener);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
  }
  class BrowserWindow {
    webContents = new FakeContents();
    record: { options: unknown; loaded: string[] };
    constructor(options: unknown) {
      this.record = { options, loaded: [] };
      electron.windows.push(this.record);
    }
    once() {}
    loadFile(path: string) {
      this.record.loaded.push(`file:${path}`);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { BrowserWindow, shell: { openExternal: electron.openExternal } };
});

type Contents = Parameters<typeof confineNavigation>[0];
type SessionLike = Parameters<typeof hardenSession>[0];

describe('mainWindowWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(mainWindowWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('loads the CommonJS preload built beside the main bundle', () => {
    expect(mainWindowWebPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('is what the main window is created with', () => {
    electron.windows.length = 0;
    createMainWindow({ kind: 'file', path: '/app/out/renderer/index.html' }, 'Passerelle');
    expect(electron.windows[0]?.options).toMatchObject({
      webPreferences: mainWindowWebPreferences,
      title: 'Passerelle',
    });
    expect(electron.windows[0]?.loaded).toEqual(['file:/app/out/renderer/index.html']);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows http, https and mailto links', () => {
    expect(isSafeExternalUrl('https://www.lemonde.fr/article')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    expect(isSafeExternalUrl('mailto:redaction@example.org')).toBe(true);
  });

  it('refuses every other scheme and unparsable text', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-msdt:/id',
      'vbscript:msgbox',
      '/relative/path',
      '',
      'https://user:secret@example.org/',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('confineNavigation', () => {
  const location = { kind: 'file', path: '/app/out/renderer/index.html' } as const;

  function confined() {
    // The fake implements only the members confineNavigation uses.
    const fake = {
      listeners: new Map<string, (...args: unknown[]) => void>(),
      openHandler: undefined as ((details: { url: string }) => unknown) | undefined,
      on(name: string, listener: (...args: unknown[]) => void) {
        this.listeners.set(name, listener);
      },
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        this.openHandler = handler;
      },
    };
    confineNavigation(fake as unknown as Contents, location);
    return fake;
  }

  beforeEach(() => electron.openExternal.mockClear());

  it('cancels navigation away from the app and opens safe links outside', () => {
    const fake = confined();
    const preventDefault = vi.fn();
    fake.listeners.get('will-navigate')!({ preventDefault }, 'https://example.org/');
    expect(preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('cancels navigation to an unsafe scheme without opening it', () => {
    const fake = confined();
    const preventDefault = vi.fn();
    fake.listeners.get('will-navigate')!({ preventDefault }, 'file:///etc/passwd');
    expect(preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('lets the app’s own page through', () => {
    const fake = confined();
    const preventDefault = vi.fn();
    fake.listeners.get('will-navigate')!({ preventDefault }, 'file:///app/out/renderer/index.html#/glossary');
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and blocks webviews', () => {
    const fake = confined();
    expect(fake.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(fake.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    const preventDefault = vi.fn();
    fake.listeners.get('will-attach-webview')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function hardened() {
    const fake = {
      headersListener: undefined as
        ((details: unknown, callback: (response: unknown) => void) => void) | undefined,
      permissionHandler: undefined as ((...args: unknown[]) => void) | undefined,
      permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
      webRequest: {
        onHeadersReceived: (listener: (details: unknown, callback: (response: unknown) => void) => void) => {
          fake.headersListener = listener;
        },
      },
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
        fake.permissionHandler = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
        fake.permissionCheck = handler;
      },
    };
    hardenSession(fake as unknown as SessionLike);
    return fake;
  }

  it('replaces any Content-Security-Policy header with the app’s policy', () => {
    const fake = hardened();
    const callback = vi.fn();
    fake.headersListener!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });

  it('refuses every permission request and check', () => {
    const fake = hardened();
    const callback = vi.fn();
    fake.permissionHandler!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck!({}, 'notifications')).toBe(false);
  });
});
