/**
 * The web host's loopback session (issue 11): the visit with the token sets
 * an HttpOnly, SameSite=Strict session cookie holding a secret of its own, so
 * a reload, a new tab or a bookmarked address works without the token; API
 * calls with that cookie must come from the host's own origin, and the Host
 * check stays as it was.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices } from '../../../src-main/services/app-services';
import { SESSION_COOKIE, startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function rawRequest(host: WebHost, options: { method?: string; path: string; headers?: Record<string, string> }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const info = (host: WebHost, headers: Record<string, string>) => rawRequest(host, { method: 'POST', path: '/api/workspace.info', headers });

let dir: string;
let workspace: Workspace;
let host: WebHost;
let cookie: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-session-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lookalike Studio</title><div id="root"></div>');
  workspace = openWorkspace(join(dir, 'workspace.db'));
  host = await startWebHost({ api: openAppServices(workspace).api, rendererDir });
  const visit = await rawRequest(host, { path: `/?token=${host.token}` });
  const setCookie = visit.headers['set-cookie'];
  cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? '';
});

afterAll(async () => {
  await host?.close();
  workspace?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sent = () => cookie.split(';', 1)[0]!;

describe('the web host loopback session', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie on the visit with the token, holding a secret that is not the token', () => {
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; `));
    const attributes = cookie.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    expect(cookie).not.toContain(host.token);
  });

  it('sets no cookie on a visit without the token or with a wrong one', async () => {
    expect((await rawRequest(host, { path: '/' })).headers['set-cookie']).toBeUndefined();
    expect((await rawRequest(host, { path: '/?token=wrong' })).headers['set-cookie']).toBeUndefined();
    // A bookmarked address is served (the page itself is public; the API is not).
    expect((await rawRequest(host, { path: '/' })).status).toBe(200);
  });

  it('answers API calls and the event stream that carry the cookie from the same origin, without the token', async () => {
    const res = await info(host, { Cookie: sent(), Origin: host.origin, 'Sec-Fetch-Site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    // A tool that sends neither Origin nor Sec-Fetch-Site is let in by the cookie too.
    expect((await info(host, { Cookie: `other=1; ${sent()}` })).status).toBe(200);
    // This host pushes no events: the cookie gets past the gate to the 404, and no cookie stops at it.
    expect((await rawRequest(host, { path: '/api/events', headers: { Cookie: sent(), 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(404);
    expect((await rawRequest(host, { path: '/api/events' })).status).toBe(401);
    // The token header alone still works, as the renderer sends it today.
    expect((await info(host, { [TOKEN_HEADER]: host.token })).status).toBe(200);
  });

  it('refuses the cookie from a foreign origin or a cross-site request', async () => {
    const foreign: Record<string, string>[] = [{ Origin: 'http://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }];
    for (const headers of foreign) {
      const res = await info(host, { Cookie: sent(), ...headers });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuses a wrong cookie, and the token itself as the cookie', async () => {
    for (const value of ['wrong', host.token, `${sent().split('=')[1]}x`]) {
      expect((await info(host, { Cookie: `${SESSION_COOKIE}=${value}`, Origin: host.origin })).status).toBe(401);
    }
  });

  it('keeps refusing a foreign Host even with a valid cookie', async () => {
    const res = await info(host, { Cookie: sent(), Host: `evil.example:${host.port}`, Origin: host.origin });
    expect(res.status).toBe(403);
    expect(res.body).toBe('Forbidden host');
  });
});
