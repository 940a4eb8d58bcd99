import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { bridgeGlobalName, PreloadBridge } from '../../shared/contract';
import {
  isMenuCommand,
  menuBridgeGlobalName,
  menuCommandChannel,
  menuLanguageChannel,
  type MenuBridge,
} from '../../shared/menuCommands';
import { isUiLanguage } from '../../shared/languages';
import { ipcChannel, type OperationName } from '../../shared/operationNames';

// Runtime imports stay zod-free (operationNames, menuCommands): a sandboxed preload should stay
// small, so the contract's global name is checked against its type instead of imported.
const exposedName = 'passerelle' satisfies typeof bridgeGlobalName;

function invoker<K extends OperationName>(name: K): PreloadBridge[K] {
  // The renderer is not trusted to respect the input type: main validates whatever arrives.
  return (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}

/// The contract as the renderer sees it: one function per operation, each invoking that
/// operation's IPC channel. `satisfies` makes a missing or extra operation a compile error.
export const bridge = {
  'articles.import': invoker('articles.import'),
  'articles.importUrl': invoker('articles.importUrl'),
  'articles.importText': invoker('articles.importText'),
  'articles.list': invoker('articles.list'),
  'articles.get': invoker('articles.get'),
  'articles.update': invoker('articles.update'),
  'articles.delete': invoker('articles.delete'),
  'annotations.list': invoker('annotations.list'),
  'annotations.create': invoker('annotations.create'),
  'annotations.createAll': invoker('annotations.createAll'),
  'annotations.update': invoker('annotations.update'),
  'annotations.delete': invoker('annotations.delete'),
  'labels.list': invoker('labels.list'),
  'labels.create': invoker('labels.create'),
  'labels.update': invoker('labels.update'),
  'labels.reorder': invoker('labels.reorder'),
  'labels.delete': invoker('labels.delete'),
  'glossary.list': invoker('glossary.list'),
  'glossary.get': invoker('glossary.get'),
  'glossary.create': invoker('glossary.create'),
  'glossary.update': invoker('glossary.update'),
  'glossary.delete': invoker('glossary.delete'),
  'glossary.merge': invoker('glossary.merge'),
  'glossary.split': invoker('glossary.split'),
  'glossary.mentions': invoker('glossary.mentions'),
  'glossary.candidates': invoker('glossary.candidates'),
  'glossary.export': invoker('glossary.export'),
  'suggestions.list': invoker('suggestions.list'),
  'suggestions.accept': invoker('suggestions.accept'),
  'suggestions.acceptAll': invoker('suggestions.acceptAll'),
  'suggestions.reject': invoker('suggestions.reject'),
  'suggestions.rejectAll': invoker('suggestions.rejectAll'),
  'history.state': invoker('history.state'),
  'history.undo': invoker('history.undo'),
  'history.redo': invoker('history.redo'),
} satisfies PreloadBridge;

/// Lets the renderer hear the native menu's commands; only known command names get through
/// and the IPC event itself never crosses the bridge.
export const menuBridge = {
  onMenuCommand(callback) {
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(menuCommandChannel, listener);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, listener);
    };
  },
  setMenuLanguage(language) {
    if (isUiLanguage(language)) ipcRenderer.send(menuLanguageChannel, language);
  },
} satisfies MenuBridge;

contextBridge.exposeInMainWorld(exposedName, bridge);
contextBridge.exposeInMainWorld(menuBridgeGlobalName, menuBridge);
