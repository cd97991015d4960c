/**
 * The `app://` protocol the desktop window loads the built renderer from,
 * instead of `file://` (Electron security checklist: a file:// page gets
 * file-system-wide privileges and shares its origin with every local file).
 * Pure, so it is tested without Electron; shell/main.ts registers it.
 *
 * - The scheme is standard and secure: the page has the origin
 *   `app://renderer`, relative URLs and CSP `'self'` work as on https.
 *   `corsEnabled` and `bypassCSP` stay off, so no other origin can read it
 *   and the page's CSP applies in full.
 * - The handler serves only regular files inside the renderer's build folder,
 *   through the same resolution as the web host's static files: `..` (plain
 *   or percent-encoded), backslashes, NUL bytes and symlinks out are refused.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { SECURITY_HEADERS } from '../webhost/security-headers';
import { resolveStaticFile } from '../webhost/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
/** What the window loads, and the only page the IPC trusts (ipc/trusted-sender.ts). */
export const RENDERER_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const satisfies Electron.Privileges;

/** The `protocol.handle(APP_SCHEME, …)` handler serving `rendererDir`; anything else is a 404. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' } });
    }
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return notFound();
    const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': String(file.size) };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
