import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices } from '../../../src-main/services/app-services';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';

const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';
const BODY_LIMIT = 2048;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so paths reach the server exactly as written (fetch would normalise `..`). */
function rawRequest(
  host: WebHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean; address?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) {
      if (options.chunked) {
        // Without Content-Length: the limit must be enforced while streaming.
        const data = Buffer.from(options.body);
        for (let i = 0; i < data.length; i += 512) req.write(data.subarray(i, i + 512));
      } else {
        req.setHeader('Content-Length', Buffer.byteLength(options.body));
        req.write(options.body);
      }
    }
    req.end();
  });
}

function apiCall(host: WebHost, method: string, payload?: unknown, headers: Record<string, string> = {}) {
  return rawRequest(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      [TOKEN_HEADER]: host.token,
      ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
}

let dir: string;
let workspace: Workspace;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-webhost-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lookalike Studio</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(rendererDir, 'notes.unknownext'), 'not servable');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  workspace = openWorkspace(join(dir, 'workspace.db'));
  host = await startWebHost({ api: openAppServices(workspace).api, rendererDir, maxBodyBytes: BODY_LIMIT });
});

afterAll(async () => {
  await host?.close();
  workspace?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host binding and startup', () => {
  it('listens on 127.0.0.1 and hands out a URL carrying a 32-byte token', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  it('is not reachable on any other address of this machine, IPv6 loopback included', async () => {
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
      .map((info) => info!.address);
    for (const address of ['::1', ...otherAddresses]) {
      await expect(rawRequest(host, { path: '/', address })).rejects.toThrow();
    }
  });

  it('refuses a Host header naming anything but the loopback (DNS rebinding)', async () => {
    const res = await rawRequest(host, { path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(res.status).toBe(403);
  });

  it('refuses to start without a built renderer and says what to run', async () => {
    await expect(startWebHost({ api: openAppServices(workspace).api, rendererDir: join(dir, 'missing') })).rejects.toThrow(/electron-vite build/);
  });
});

describe('web host API', () => {
  it('answers 401 to an API call without a token', async () => {
    const res = await rawRequest(host, { method: 'POST', path: '/api/workspace.info' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers 401 to a wrong token, of the same or another length', async () => {
    const sameLength = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    for (const token of [sameLength, 'short', `${host.token}x`]) {
      const res = await apiCall(host, 'workspace.info', undefined, { [TOKEN_HEADER]: token });
      expect(res.status).toBe(401);
    }
  });

  it('serves the jobs API: an empty job list, and a job on a missing source refused with not_found', async () => {
    const list = await apiCall(host, 'jobs.list');
    expect(JSON.parse(list.body)).toEqual({ ok: true, data: [] });
    const start = await apiCall(host, 'jobs.start', { source: { kind: 'segment', id: 9 } });
    expect(start.status).toBe(200);
    expect(JSON.parse(start.body)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/segment 9/i) } });
  });

  it('answers 200 with the workspace info envelope when the token is right', async () => {
    const res = await apiCall(host, 'workspace.info');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const envelope = JSON.parse(res.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.data.path).toBe(workspace.path);
    expect(envelope.data.stats).toMatchObject({ leads: 0, companies: 0, importBatches: 0 });
  });

  it('passes a JSON payload through dispatch, which validates it', async () => {
    const missing = await apiCall(host, 'imports.rejects', { batchId: 999 });
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const invalid = await apiCall(host, 'imports.rejects', { batchId: 'one' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers an unknown method with a not_found envelope', async () => {
    const res = await apiCall(host, 'workspace.delete');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ batchId: 1, padding: 'x'.repeat(BODY_LIMIT) });
    const declared = await apiCall(host, 'imports.rejects', JSON.parse(big));
    expect(declared.status).toBe(413);

    const streamed = await rawRequest(host, {
      method: 'POST',
      path: '/api/imports.rejects',
      headers: { [TOKEN_HEADER]: host.token, 'Content-Type': 'application/json' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
  });

  it('answers 400 to a body that is not JSON and 415 to one that is not declared as JSON', async () => {
    const headers = { [TOKEN_HEADER]: host.token };
    const notJson = await rawRequest(host, {
      method: 'POST',
      path: '/api/imports.rejects',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{batchId:',
    });
    expect(notJson.status).toBe(400);
    const form = await rawRequest(host, {
      method: 'POST',
      path: '/api/imports.rejects',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'batchId=1',
    });
    expect(form.status).toBe(415);
  });

  it('answers 405 to an API call that is not a POST', async () => {
    const res = await rawRequest(host, { path: '/api/workspace.info', headers: { [TOKEN_HEADER]: host.token } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('web host static files', () => {
  it('serves index.html for / (with the token query) with CSP and nosniff headers', async () => {
    const res = await rawRequest(host, { path: `/?token=${host.token}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body).toContain('<div id="root">');
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest(host, { path: '/assets/app-1234.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawRequest(host, { path: '/assets/style.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await rawRequest(host, { method: 'HEAD', path: '/assets/app-1234.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('console.log("app");'.length));
    expect(res.body).toBe('');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/../secret.txt',
    '//etc/passwd',
  ])('refuses the traversal path %s', async (path) => {
    const res = await rawRequest(host, { path });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('root:');
  });

  it('answers 404 to missing files, unknown file types and other methods', async () => {
    expect((await rawRequest(host, { path: '/nope.js' })).status).toBe(404);
    expect((await rawRequest(host, { path: '/notes.unknownext' })).status).toBe(404);
    expect((await rawRequest(host, { method: 'DELETE', path: '/index.html' })).status).toBe(404);
    expect((await rawRequest(host, { method: 'POST', path: '/index.html' })).status).toBe(404);
  });
});
