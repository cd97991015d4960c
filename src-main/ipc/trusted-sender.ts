/**
 * Which frames may call the API: the built renderer loaded from disk
 * (exactly its index.html, not any file:// page) or, in development, pages
 * served by the electron-vite dev server's origin. Pure, so it is unit-tested.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsTrustedSender } from './register-ipc';

export interface TrustedSenderOptions {
  /** Absolute path of the built renderer's index.html. */
  rendererIndexFile: string;
  /** The dev server URL (ELECTRON_RENDERER_URL) when running `electron-vite dev`. */
  devServerUrl?: string;
}

export function createTrustedSenderCheck(options: TrustedSenderOptions): IsTrustedSender {
  const indexFile = resolve(options.rendererIndexFile);
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  return (frameUrl) => {
    let url: URL;
    try {
      url = new URL(frameUrl);
    } catch {
      return false;
    }
    if (url.protocol === 'file:') {
      // Compared as paths (query and hash dropped) so percent-encoding differences cannot matter.
      try {
        return url.host === '' && fileURLToPath(url) === indexFile;
      } catch {
        return false;
      }
    }
    return devOrigin !== null && url.origin === devOrigin;
  };
}
