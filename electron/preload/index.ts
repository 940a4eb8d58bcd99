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
import { ipcChannel, operationNames, type OperationName } from '../../shared/operationNames';

// Runtime imports stay zod-free (operationNames, menuCommands): a sandboxed preload should stay
// small, so the contract's global name is checked against its type instead of imported.
const exposedName = 'passerelle' satisfies typeof bridgeGlobalName;

function invoker<K extends OperationName>(name: K): PreloadBridge[K] {
  // The renderer is not trusted to respect the input type: main validates whatever arrives.
  return (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}

/// The contract as the renderer sees it: one function per operation, each invoking that
/// operation's IPC channel, and nothing else (calling any other name throws in the page).
export const bridge: PreloadBridge =
  // Object.fromEntries types its keys as string; the entries come from operationNames, one per
  // operation, so this is the one place the bridge's shape is asserted.
  Object.fromEntries(operationNames.map((name) => [name, invoker(name)])) as PreloadBridge;

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
