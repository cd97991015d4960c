/**
 * Builds `window.api` from the contract's method and event names: one
 * function per method, each invoking `app:<method>` and resolving to the
 * Result envelope, and `on(event, listener)` for the pushed events, which
 * accepts only the contract's event names and hands the listener the payload
 * alone (never Electron's event object, which would reach ipcRenderer). The
 * renderer gets these functions and nothing else: never `ipcRenderer`,
 * never a generic "invoke any channel" pipe. Electron-free so it is unit-tested.
 */
import type { ApiEvent } from '../contract/api';
import type { ApiBridge } from '../contract/bridge';
import { fromIpcEnvelope } from '../contract/json-text';
import { API_EVENTS, API_METHODS, IPC_EVENT_PREFIX, IPC_PREFIX } from '../contract/methods';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
/** Subscribes to an IPC channel, handing over the payload only; returns the unsubscribe function. */
export type Subscribe = (channel: string, handler: (payload: unknown) => void) => () => void;

export function createApiBridge(invoke: Invoke, subscribe: Subscribe): ApiBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    // A fresh closure per method: the renderer cannot choose the channel.
    bridge[method] = (payload: unknown) => invoke(IPC_PREFIX + method, payload).then(fromIpcEnvelope);
  }
  bridge.on = (event: ApiEvent, listener: (payload: unknown) => void) => {
    if (!(API_EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown event "${String(event)}".`);
    if (typeof listener !== 'function') throw new TypeError('on() needs a listener function.');
    return subscribe(IPC_EVENT_PREFIX + event, (payload) => listener(payload));
  };
  // Sound because API_METHODS and API_EVENTS are checked against the contract in contract/methods.ts.
  return Object.freeze(bridge) as ApiBridge;
}
