/**
 * Maps a request path to a file inside the built renderer, refusing anything
 * that would resolve outside it: `..` segments (also percent-encoded, which
 * URL parsing leaves alone when the slash itself is encoded), NUL bytes,
 * backslashes and symlinks pointing out of the folder.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  path: string;
  size: number;
  contentType: string;
}

/** The content type served for a file name, or null for types the host refuses to serve. */
export function contentTypeFor(fileName: string): string | null {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? null;
}

/**
 * Resolves the raw (still percent-encoded) URL pathname against `rootDir`.
 * Returns null for anything that is not a servable regular file inside the root.
 */
export async function resolveStaticFile(rootDir: string, rawPathname: string): Promise<StaticFile | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';

  const root = resolve(rootDir);
  const candidate = resolve(root, '.' + pathname);
  if (!isInside(root, candidate)) return null;

  const contentType = contentTypeFor(candidate);
  if (!contentType) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    if (!info.isFile()) return null;
    return { path: realFile, size: info.size, contentType };
  } catch {
    return null; // missing file or unreadable
  }
}

function isInside(root: string, target: string): boolean {
  return target.startsWith(root.endsWith(sep) ? root : root + sep);
}
