/**
 * Builds `window.api` from the contract's method names: one function per
 * method, each invoking `app:<method>` and resolving to the Result envelope.
 * The renderer gets these functions and nothing else: never `ipcRenderer`,
 * never a generic "invoke any channel" pipe. Electron-free so it is unit-tested.
 */
import type { ApiBridge } from '../contract/bridge';
import { API_METHODS, IPC_PREFIX } from '../contract/methods';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

export function createApiBridge(invoke: Invoke): ApiBridge {
  const bridge: Record<string, (payload: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    // A fresh closure per method: the renderer cannot choose the channel.
    bridge[method] = (payload) => invoke(IPC_PREFIX + method, payload);
  }
  // Sound because API_METHODS is checked against the Api interface in contract/methods.ts.
  return Object.freeze(bridge) as ApiBridge;
}
