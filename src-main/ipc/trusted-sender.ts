/**
 * Which frames may call the API: the built renderer's entry page, exactly
 * (`app://renderer/index.html`, query and hash aside: shell/app-protocol.ts),
 * or, in development, pages served by the electron-vite dev server's origin.
 * No file:// page is trusted. Pure, so it is unit-tested.
 */
import type { IsTrustedSender } from './register-ipc';

export interface TrustedSenderOptions {
  /** The URL the window loads the built renderer from. */
  rendererUrl: string;
  /** The dev server URL (ELECTRON_RENDERER_URL) when running `electron-vite dev`. */
  devServerUrl?: string;
}

export function createTrustedSenderCheck(options: TrustedSenderOptions): IsTrustedSender {
  const entryUrl = new URL(options.rendererUrl);
  const entryProtocol = entryUrl.protocol;
  const entry = withoutQuery(entryUrl);
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  return (frameUrl) => {
    let url: URL;
    try {
      url = new URL(frameUrl);
    } catch {
      return false;
    }
    // The whole URL but its query and hash (a custom scheme's URL.origin is "null" in Node: origins cannot be compared).
    if (url.protocol === entryProtocol) return withoutQuery(url) === entry;
    return devOrigin !== null && url.origin === devOrigin;
  };
}

function withoutQuery(url: URL): string {
  url.search = '';
  url.hash = '';
  return url.href;
}
