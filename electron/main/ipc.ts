import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/contract';
import { isUiLanguage, type UiLanguage } from '../../shared/languages';
import { menuLanguageChannel } from '../../shared/menuCommands';
import { ipcChannel, operationNames } from '../../shared/operationNames';
import type { CoreContext } from '../core/coreContext';
import { dispatchEnvelope } from '../core/dispatch';

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not call Passerelle operations.' },
};

/// Registers one `ipcMain.handle` per contract operation on its channel. A call is answered only
/// when the sending frame's URL passes `isTrustedSender`; otherwise it gets a `forbidden` envelope.
export function registerOperations(
  ipcMain: Pick<IpcMain, 'handle'>,
  ctx: CoreContext,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const name of operationNames) {
    ipcMain.handle(
      ipcChannel(name),
      (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
        // senderFrame is null once the frame navigated away or was destroyed: treat as foreign.
        const url = event.senderFrame?.url;
        if (url === undefined || !isTrustedSender(url)) return Promise.resolve(forbidden);
        // The input crossed a process boundary, so it stays `unknown` until the operation's schema
        // has validated it inside dispatchEnvelope.
        return dispatchEnvelope(ctx, name, input);
      },
    );
  }
}

/// Removes every handler `registerOperations` added, so the store can be closed safely.
export function unregisterOperations(ipcMain: Pick<IpcMain, 'removeHandler'>): void {
  for (const name of operationNames) ipcMain.removeHandler(ipcChannel(name));
}

/// Listens for the renderer's UI language and calls `onLanguage` with it, so the native menu
/// follows the language the user chose; a foreign sender or an unknown language is ignored.
export function registerMenuLanguage(
  ipcMain: Pick<IpcMain, 'on'>,
  isTrustedSender: (url: string) => boolean,
  onLanguage: (language: UiLanguage) => void,
): void {
  ipcMain.on(menuLanguageChannel, (event: IpcMainEvent, language: unknown) => {
    const url = event.senderFrame?.url;
    if (url !== undefined && isTrustedSender(url) && isUiLanguage(language)) onLanguage(language);
  });
}
