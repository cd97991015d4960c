/**
 * The app:// protocol handler the desktop window loads the renderer through:
 * only files inside the renderer's build folder, with the page's security
 * headers; traversal in any spelling is a 404.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, RENDERER_ENTRY_URL } from '../../../src-main/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/webhost/security-headers';

const SECRET = 'SECRET-BESIDE-THE-RENDERER';
let dir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-app-protocol-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lookalike Studio</title>');
  writeFileSync(join(renderer, 'assets', 'index-1234.js'), 'console.log("app");');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.js'), SECRET);
  symlinkSync(join(dir, 'secret.js'), join(renderer, 'assets', 'linked.js'));
  handle = createAppProtocolHandler(renderer);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers a standard, secure scheme that neither bypasses the CSP nor opens itself to other origins', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });

  it('serves the renderer entry page and its assets with their types and the page security headers', async () => {
    const page = await get(RENDERER_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Lookalike Studio</title>');

    const script = await get('app://renderer/assets/index-1234.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app");');
    expect((await get('app://renderer/')).status).toBe(200);
    const head = await get(RENDERER_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>Lookalike Studio</title>'.length));
  });

  it('refuses traversal out of the build folder in every spelling, and symlinks out of it', async () => {
    for (const url of [
      'app://renderer/../secret.txt',
      'app://renderer/assets/../../secret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/..%2fsecret.txt',
      'app://renderer/assets%2f..%2f..%2fsecret.txt',
      'app://renderer/..%5csecret.txt',
      'app://renderer/index.html%00.js',
      `app://renderer/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      'app://renderer//etc/passwd',
      'app://renderer/%2fetc%2fpasswd',
      'app://renderer/assets/linked.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it('answers only its own host, only GET and HEAD, and no unknown file types', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://renderer/missing.js')).status).toBe(404);
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });
});
