import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import { ipcChannel, operationNames } from '../../shared/operationNames';
import { coreContext } from '../core/coreContext';
import { openStore, type Store } from '../core/store/openStore';
import { menuLanguageChannel } from '../../shared/menuCommands';
import { registerMenuLanguage, registerOperations, unregisterOperations } from './ipc';
import { isRendererUrl } from './rendererLocation';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const trustedUrl = 'file:///app/out/renderer/index.html';
const isTrusted = (url: string): boolean =>
  isRendererUrl({ kind: 'file', path: '/app/out/renderer/index.html' }, url);

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => {
      handlers.delete(channel);
    },
  };
}

function eventFrom(url: string | null): IpcMainInvokeEvent {
  // Only senderFrame is read by the wrapper; the rest of the event is irrelevant here.
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

describe('registerOperations', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  function registered() {
    store = openStore(':memory:');
    const ipcMain = fakeIpcMain();
    registerOperations(ipcMain, coreContext(store), isTrusted);
    return ipcMain;
  }

  it('registers every contract operation on its own channel and nothing else', () => {
    const { handlers } = registered();
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
  });

  it('runs a real operation for the app’s own renderer', async () => {
    const { handlers } = registered();
    const listed = await handlers.get(ipcChannel('articles.list'))!(eventFrom(`${trustedUrl}#/library`), {});
    expect(listed).toEqual({ ok: true, result: [] } satisfies Envelope<unknown>);
  });

  it('rejects a foreign sender with forbidden without running the operation', async () => {
    const { handlers } = registered();
    const create = handlers.get(ipcChannel('glossary.create'))!;
    for (const url of [
      'https://evil.example/',
      'file:///tmp/index.html',
      'data:text/html,hi',
      'about:blank',
    ]) {
      const answer = (await create(eventFrom(url), {
        label: 'place',
        frenchTerm: 'Élysée',
      })) as Envelope<unknown>;
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const list = await handlers.get(ipcChannel('glossary.list'))!(eventFrom(trustedUrl), {});
    expect(list).toEqual({ ok: true, result: [] });
  });

  it('treats a destroyed sender frame as foreign', async () => {
    const { handlers } = registered();
    const answer = await handlers.get(ipcChannel('articles.list'))!(eventFrom(null), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers invalid input from a trusted sender with an invalid_input envelope', async () => {
    const { handlers } = registered();
    const answer = await handlers.get(ipcChannel('articles.get'))!(eventFrom(trustedUrl), { id: 'one' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('removes every handler again', () => {
    const ipcMain = registered();
    unregisterOperations(ipcMain);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('registerMenuLanguage', () => {
  function listen() {
    const listeners = new Map<string, (event: IpcMainEvent, ...args: unknown[]) => void>();
    const chosen: string[] = [];
    registerMenuLanguage(
      {
        on: (channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void) =>
          listeners.set(channel, listener),
      } as never,
      isTrusted,
      (language) => chosen.push(language),
    );
    const send = (url: string | null, language: unknown) =>
      listeners.get(menuLanguageChannel)!(eventFrom(url) as unknown as IpcMainEvent, language);
    return { send, chosen };
  }

  it("rebuilds the menu in the language the app's own page asks for", () => {
    const { send, chosen } = listen();
    send(trustedUrl, 'fr');
    expect(chosen).toEqual(['fr']);
  });

  it('ignores a foreign page and an unknown language', () => {
    const { send, chosen } = listen();
    send('https://example.org/', 'fr');
    send(null, 'en');
    send(trustedUrl, 'de');
    expect(chosen).toEqual([]);
  });
});
