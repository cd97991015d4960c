/**
 * Registers the dispatch table on Electron's ipcMain without importing
 * electron: the shell passes the real `ipcMain`, tests pass a fake (Bruno's
 * `IpcMainLike` pattern). Every call checks the sending frame first, as VS
 * Code's `ipcMain.ts` does, so a page that navigated somewhere else (or an
 * embedded frame) cannot reach the services even if it gets hold of the bridge.
 */
import { toIpcEnvelope } from '../contract/json-text';
import { API_METHODS, IPC_PREFIX } from '../contract/methods';
import type { Dispatch } from './dispatch';

/** The part of Electron's IpcMainInvokeEvent we rely on. */
export interface IpcInvokeEventLike {
  /** Null when the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's ipcMain we rely on. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export type IsTrustedSender = (frameUrl: string) => boolean;

/** Registers `app:<method>` for every contract method; returns a function that removes them. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: IsTrustedSender): () => void {
  const channels = API_METHODS.map((method) => {
    const channel = IPC_PREFIX + method;
    ipcMain.handle(channel, (event, payload) => {
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedSender(url)) {
        // Throwing rejects the renderer's invoke; an untrusted page gets no envelope to inspect.
        throw new Error(`Refused ${channel} from an untrusted sender.`);
      }
      return dispatch(method, payload).then(toIpcEnvelope);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
