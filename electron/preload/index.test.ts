import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeGlobalName } from '../../shared/contract';
import {
  menuBridgeGlobalName,
  menuCommandChannel,
  menuLanguageChannel,
  type MenuBridge,
} from '../../shared/menuCommands';
import { ipcChannel, operationNames } from '../../shared/operationNames';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, result: [] })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => electron.exposed.set(name, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
    send: electron.send,
  },
}));

async function loadPreload(): Promise<Map<string, unknown>> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./index');
  return electron.exposed;
}

describe('preload', () => {
  beforeEach(() => {
    electron.invoke.mockClear();
    electron.on.mockClear();
    electron.removeListener.mockClear();
  });

  it('exposes only the operation bridge and the menu bridge', async () => {
    const exposed = await loadPreload();
    expect([...exposed.keys()].sort()).toEqual([bridgeGlobalName, menuBridgeGlobalName].sort());
  });

  it('exposes exactly one function per contract operation', async () => {
    const bridge = (await loadPreload()).get(bridgeGlobalName) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof bridge[name]).toBe('function');
  });

  it('invokes the operation on its own IPC channel with the input unchanged', async () => {
    const bridge = (await loadPreload()).get(bridgeGlobalName) as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    await expect(bridge['articles.get']!({ id: 7 })).resolves.toEqual({ ok: true, result: [] });
    expect(electron.invoke).toHaveBeenCalledWith(ipcChannel('articles.get'), { id: 7 });
  });

  it('invokes every operation on its own channel and has nothing to call for any other name', async () => {
    const bridge = (await loadPreload()).get(bridgeGlobalName) as Record<
      string,
      ((input: unknown) => Promise<unknown>) | undefined
    >;
    for (const name of operationNames) await bridge[name]?.({});
    expect(electron.invoke.mock.calls.map(([channel]) => channel)).toEqual(operationNames.map(ipcChannel));
    expect(bridge['articles.drop']).toBeUndefined();
  });

  it('passes only known menu commands to the callback and never the IPC event', async () => {
    const menu = (await loadPreload()).get(menuBridgeGlobalName) as MenuBridge;
    const heard: unknown[] = [];
    const stop = menu.onMenuCommand((command) => heard.push(command));
    const [channel, listener] = electron.on.mock.calls[0] as [
      string,
      (event: unknown, command: unknown) => void,
    ];
    expect(channel).toBe(menuCommandChannel);
    listener({ sender: 'ipc event' }, 'set-language:fr');
    listener({ sender: 'ipc event' }, 'open-devtools');
    listener({ sender: 'ipc event' }, { command: 'articles-changed' });
    expect(heard).toEqual(['set-language:fr']);
    stop();
    expect(electron.removeListener).toHaveBeenCalledWith(menuCommandChannel, listener);
  });

  it('sends only a known UI language to the main process for the menu', async () => {
    const menu = (await loadPreload()).get(menuBridgeGlobalName) as MenuBridge;
    electron.send.mockClear();
    menu.setMenuLanguage('fr');
    menu.setMenuLanguage('de' as never);
    expect(electron.send.mock.calls).toEqual([[menuLanguageChannel, 'fr']]);
  });
});
