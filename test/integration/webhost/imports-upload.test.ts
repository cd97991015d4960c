/**
 * Imports through the web host (issue 9, defect 5). The host reads no path a
 * browser sends: a typed path outside the folders the user named is refused
 * unread, whatever it names. A browser's file travels as an upload instead,
 * behind the same token and Host checks, streamed to the workspace's private
 * uploads folder, and is imported by its upload id.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreviewDto, RejectedRowPage, UploadDto } from '../../../src-main/contract/dto';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { uploadsFolder } from '../../../src-main/services/uploads';
import { importPreview } from '../../../src-main/services/import-runner';
import { FILE_NAME_HEADER, startWebHost, TOKEN_HEADER, UPLOADS_PATH, type WebHost } from '../../../src-main/webhost/server';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-GRANTED-FOLDER';
const UPLOAD_LIMIT = 4096;
/** Three rows; the second has more fields than the header and is rejected. */
const CSV = 'Record ID,Full Name,Email,Company Name\nR1,Ada Lovelace,ada@analytical.example,Analytical\nR2,Too,many,fields,here,x\nR3,Grace Hopper,grace@navy.example,Navy\n';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request; `chunked` streams the body without a Content-Length. */
function rawRequest(
  target: WebHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port: target.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // A refusal can close the connection while the body is still going out; the answer is what counts.
    req.on('error', (error) => !answered && reject(error));
    if (options.body !== undefined) {
      const data = Buffer.from(options.body);
      if (options.chunked) {
        for (let i = 0; i < data.length; i += 1024) req.write(data.subarray(i, i + 1024));
      } else {
        req.setHeader('Content-Length', data.length);
        req.write(data);
      }
    }
    req.end();
  });
}

function apiCall(target: WebHost, method: string, payload?: unknown) {
  return rawRequest(target, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { [TOKEN_HEADER]: target.token, ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
}

async function data<T>(target: WebHost, method: string, payload?: unknown): Promise<T> {
  const envelope = JSON.parse((await apiCall(target, method, payload)).body);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data as T;
}

function upload(target: WebHost, name: string, body: string | Buffer, headers: Record<string, string> = {}, chunked = false) {
  return rawRequest(target, {
    method: 'POST',
    path: UPLOADS_PATH,
    headers: { [TOKEN_HEADER]: target.token, 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(name), ...headers },
    body,
    chunked,
  });
}

/** Every file under the workspace's uploads folder. */
function uploadedFiles(ws: Workspace): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? walk(join(dir, entry)) : [join(dir, entry)]));
  return walk(uploadsFolder(ws.path));
}

let dir: string;
let granted: string;
let workspace: Workspace;
let services: AppServices;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-webhost-imports-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lookalike Studio</title>');
  writeFileSync(join(dir, 'secret.csv'), `Record ID,Email\n${SECRET},x@y.example\n`);
  granted = join(dir, 'granted');
  mkdirSync(granted);
  writeFileSync(join(granted, 'named.csv'), 'Record ID,Email\nN1,n1@named.example\n');
  symlinkSync(join(dir, 'secret.csv'), join(granted, 'link-out.csv'));
  symlinkSync(dir, join(granted, 'parent-link'));
  workspace = openWorkspace(join(dir, 'workspace.db'));
  services = openAppServices(workspace, { threads: 1 }, { uploads: { maxBytes: UPLOAD_LIMIT }, importFolders: [granted] });
  host = await startWebHost({ api: services.api, events: services.events, uploads: services.uploads, rendererDir, logError: () => undefined });
});

afterAll(async () => {
  await host?.close();
  await services?.close();
  workspace?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host: a path a browser sends is not read', () => {
  it('refuses /etc/passwd, /etc/shadow and any file outside the named folders, with a clear error and none of their content', async () => {
    const outside = [
      '/etc/passwd',
      '/etc/shadow',
      join(dir, 'secret.csv'),
      join(granted, '..', 'secret.csv'),
      join(granted, 'link-out.csv'), // a symlink inside, pointing out
      join(granted, 'parent-link', 'secret.csv'), // a folder symlink inside, pointing out
      'secret.csv', // relative to wherever the host runs
    ];
    for (const path of outside) {
      for (const method of ['imports.preview', 'imports.start']) {
        const res = await apiCall(host, method, { path });
        expect(res.status, `${method} ${path}`).toBe(200);
        const envelope = JSON.parse(res.body);
        expect(envelope, `${method} ${path}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(envelope.error.message).toContain(`${path} was not read`);
        expect(envelope.error.message).toContain('Import CSV…');
        expect(res.body).not.toContain(SECRET);
        expect(res.body).not.toMatch(/root:/);
      }
    }
    // Nothing was imported, so no batch holds any of those files' lines.
    expect(await data(host, 'imports.list')).toEqual([]);
    expect(JSON.parse((await apiCall(host, 'imports.rejects', { batchId: 1 })).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers the same for a file that exists and one that does not (no probing the disk)', async () => {
    const existing = JSON.parse((await apiCall(host, 'imports.preview', { path: '/etc/hostname' })).body);
    const missing = JSON.parse((await apiCall(host, 'imports.preview', { path: '/etc/no-such-file' })).body);
    expect(existing.error.code).toBe('forbidden');
    expect(missing.error.code).toBe('forbidden');
    expect(existing.error.message.replace('/etc/hostname', 'X')).toBe(missing.error.message.replace('/etc/no-such-file', 'X'));
  });

  it('refuses upload ids that are not ones it handed out', async () => {
    for (const uploadId of ['../../../etc/passwd', '/etc/passwd', 'a'.repeat(10)]) {
      expect(JSON.parse((await apiCall(host, 'imports.preview', { uploadId })).body), uploadId).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(JSON.parse((await apiCall(host, 'imports.preview', { uploadId: 'A'.repeat(24) })).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await apiCall(host, 'imports.preview', { uploadId: 'A'.repeat(24), path: '/etc/passwd' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('reads a typed path inside a folder the user named when starting the host', async () => {
    const preview = await data<ImportPreviewDto>(host, 'imports.preview', { path: join(granted, 'named.csv') });
    expect(preview).toMatchObject({ file: 'named.csv', source: { path: join(granted, 'named.csv') } });
  });

  it("sends the read worker's preview as the JSON text it built, byte for byte the envelope of the preview made here", async () => {
    const path = join(granted, 'named.csv');
    const answer = await apiCall(host, 'imports.preview', { path });
    expect(answer.body).toBe(JSON.stringify({ ok: true, data: await importPreview(path, {}, { path }, workspace) }));
  });
});

describe('web host: importing an uploaded file', () => {
  it('uploads a CSV, previews it, imports it and lists its rejected row, then forgets the upload', async () => {
    const res = await upload(host, 'hubspot contacts.csv', CSV);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const uploaded = JSON.parse(res.body).data as UploadDto;
    expect(uploaded).toMatchObject({ file: 'hubspot contacts.csv', bytes: Buffer.byteLength(CSV) });
    expect(uploaded.uploadId).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [stored] = uploadedFiles(workspace);
    expect(stored!.startsWith(uploadsFolder(workspace.path))).toBe(true);
    expect(statSync(stored!).mode & 0o777).toBe(0o600);

    const preview = await data<ImportPreviewDto>(host, 'imports.preview', { uploadId: uploaded.uploadId });
    expect(preview).toMatchObject({ file: 'hubspot contacts.csv', source: { uploadId: uploaded.uploadId }, entity: 'leads', bytes: Buffer.byteLength(CSV) });
    expect(preview.columns.map((c) => c.header)).toEqual(['Record ID', 'Full Name', 'Email', 'Company Name']);
    expect(await data(host, 'imports.start', { uploadId: uploaded.uploadId })).toEqual({ file: 'hubspot contacts.csv' });
    await services.idle();

    const [batch] = await data<{ id: number; fileName: string; status: string; imported: number; rejected: number }[]>(host, 'imports.list');
    expect(batch).toMatchObject({ fileName: 'hubspot contacts.csv', status: 'completed', imported: 2, rejected: 1 });
    const rejects = await data<RejectedRowPage>(host, 'imports.rejects', { batchId: batch!.id });
    expect(rejects.total).toBe(1);
    expect(rejects.rows[0]).toMatchObject({ rowNumber: 3 });
    expect(JSON.stringify(rejects.rows[0])).toContain('R2,Too,many,fields,here,x');

    // The upload served its purpose: its file is gone and its id no longer names anything.
    expect(uploadedFiles(workspace)).toEqual([]);
    expect(JSON.parse((await apiCall(host, 'imports.preview', { uploadId: uploaded.uploadId })).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lets an upload go when the browser no longer wants it (token required)', async () => {
    const before = uploadedFiles(workspace);
    const { uploadId } = JSON.parse((await upload(host, 'not wanted.csv', CSV)).body).data as UploadDto;
    const path = `${UPLOADS_PATH}/${uploadId}`;
    expect((await rawRequest(host, { method: 'DELETE', path })).status).toBe(401);
    expect((await rawRequest(host, { method: 'GET', path, headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
    const released = await rawRequest(host, { method: 'DELETE', path, headers: { [TOKEN_HEADER]: host.token } });
    expect(JSON.parse(released.body)).toEqual({ ok: true, data: { released: true } });
    expect(uploadedFiles(workspace)).toEqual(before);
    const again = await rawRequest(host, { method: 'DELETE', path: `${UPLOADS_PATH}/..%2f..%2fworkspace.db`, headers: { [TOKEN_HEADER]: host.token } });
    expect(JSON.parse(again.body)).toEqual({ ok: true, data: { released: false } });
    expect(statSync(workspace.path).isFile()).toBe(true);
  });

  it('keeps only the last part of the browser file name, inside the uploads folder', async () => {
    const res = await upload(host, '../../../escape.csv', 'Email\na@b.example\n');
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { file: 'escape.csv' } });
    const files = uploadedFiles(workspace);
    expect(files.some((file) => file.endsWith(join('', 'escape.csv')))).toBe(true);
    expect(readdirSync(dir)).not.toContain('escape.csv');
    for (const file of files) expect(file.startsWith(uploadsFolder(workspace.path))).toBe(true);
  });

  it('streams a body in many chunks (no Content-Length) to the same file', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `R${i},p${i}@x.example`).join('\n');
    const body = `Record ID,Email\n${rows}\n`.slice(0, UPLOAD_LIMIT);
    const res = await upload(host, 'chunked.csv', body, {}, true);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { file: 'chunked.csv', bytes: Buffer.byteLength(body) } });
  });
});

describe('web host: upload refusals', () => {
  it('keeps the token and Host checks: 401 without the token, 403 for a foreign Host, and nothing is written', async () => {
    const before = uploadedFiles(workspace);
    const noToken = await rawRequest(host, {
      method: 'POST',
      path: UPLOADS_PATH,
      headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: 'x.csv' },
      body: CSV,
    });
    expect(noToken.status).toBe(401);
    const wrongToken = await upload(host, 'x.csv', CSV, { [TOKEN_HEADER]: 'nope' });
    expect(wrongToken.status).toBe(401);
    const foreign = await upload(host, 'x.csv', CSV, { Host: `evil.example:${host.port}` });
    expect(foreign.status).toBe(403);
    expect(uploadedFiles(workspace)).toEqual(before);
  });

  it('answers 405 to a GET, 415 to another content type and 400 to a missing file name', async () => {
    expect((await rawRequest(host, { path: UPLOADS_PATH, headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
    expect((await upload(host, 'x.csv', CSV, { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await upload(host, 'x.csv', CSV, { 'Content-Type': 'multipart/form-data; boundary=x' })).status).toBe(415);
    const unnamed = await rawRequest(host, {
      method: 'POST',
      path: UPLOADS_PATH,
      headers: { [TOKEN_HEADER]: host.token, 'Content-Type': 'application/octet-stream' },
      body: CSV,
    });
    expect(unnamed.status).toBe(400);
  });

  it('answers 413 to a file over the limit, declared or streamed, and keeps no part of it', async () => {
    const before = uploadedFiles(workspace);
    const big = 'x'.repeat(UPLOAD_LIMIT + 1);
    const declared = await upload(host, 'big.csv', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('big.csv') } });
    const streamed = await upload(host, 'big.csv', big, {}, true);
    expect(streamed.status).toBe(413);
    expect(uploadedFiles(workspace)).toEqual(before);
  });

  it('keeps no part of an upload the browser broke off', async () => {
    const before = uploadedFiles(workspace);
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: UPLOADS_PATH,
        headers: { [TOKEN_HEADER]: host.token, 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: 'half.csv', 'Content-Length': '4000' },
      });
      req.on('error', () => resolve());
      req.write('Record ID,Email\nR1,a@b.example\n');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await expect.poll(() => uploadedFiles(workspace)).toEqual(before);
  });
});
