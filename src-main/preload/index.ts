/**
 * The preload: runs sandboxed with context isolation, so it is bundled to a
 * single CJS file and imports only electron and the zod-free contract pieces.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_BRIDGE_KEY, type ApiBridge } from '../contract/bridge';
import { createApiBridge } from './api-bridge';

const api = createApiBridge(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (channel, handler) => {
    const listener = (_event: unknown, payload: unknown) => handler(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  },
) satisfies ApiBridge;

contextBridge.exposeInMainWorld(API_BRIDGE_KEY, api);
