/**
 * The loopback web host: the same dispatch table as IPC, served over HTTP on
 * 127.0.0.1 only, plus the built renderer as static files. It exists so the
 * app runs in a plain browser (and under Playwright) where Electron is absent.
 *
 * Security model: any local process or web page can reach a loopback port, so
 * - every API call must carry the random per-start token in `x-lookalike-token`
 *   (a custom header also forces a CORS preflight, which we never answer),
 *   or the loopback session cookie (below) from the host's own origin;
 * - the first visit with the token (`/?token=…`) gets a session cookie
 *   (HttpOnly, SameSite=Strict, Path=/, no Max-Age: it ends with the
 *   browser) holding a second random secret, never the token, so a reload,
 *   a new tab or a bookmarked `#/jobs/12` works without the token in the
 *   address (issue 11). A request admitted by the cookie alone must also be
 *   same-origin: an Origin header naming another origin, or a Sec-Fetch-Site
 *   other than same-origin, is refused (a cookie rides along with requests
 *   other sites cause; SameSite=Strict already withholds it, this is the
 *   second lock);
 * - the Host header must name the loopback address, defeating DNS rebinding;
 * - bodies are size-limited and must be JSON; static files cannot escape the
 *   renderer folder;
 * - a file to import is uploaded (`POST /api/uploads`, raw bytes streamed to
 *   the workspace's private uploads folder, same token and Host rules) and
 *   named by the upload id it gets (`DELETE /api/uploads/<id>` lets it go);
 *   the API reads no path a browser sends (issue 9, defect 5).
 *
 * API responses are always the Result envelope. A call that reached dispatch
 * answers 200 whatever the outcome (errors are data); transport refusals use
 * their HTTP status (400, 401, 405, 413, 415, 507) with an envelope too.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { envelopeJson, type ServedApi } from '../contract/json-text';
import type { AppErrorCode, Result } from '../contract/errors';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import type { EventHub } from '../services/event-hub';
import type { ImportUploads } from '../services/uploads';
import { BodyTooLargeError, readBody, writeBodyToFile } from './read-body';
import { SECURITY_HEADERS } from './security-headers';
import { resolveStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-lookalike-token';
export const TOKEN_QUERY_PARAM = 'token';
/** The loopback session cookie set on the visit with the token. */
export const SESSION_COOKIE = 'lookalike_session';
export const API_PATH_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
/** Raw-body upload of a file to import; the renderer's api/uploads.ts must match. */
export const UPLOADS_PATH = '/api/uploads';
/** The uploaded file's name, percent-encoded (UTF-8). */
export const FILE_NAME_HEADER = 'x-lookalike-file-name';
const LOOPBACK_HOST = '127.0.0.1';
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface WebHostOptions {
  api: ServedApi;
  /** Pushed events, streamed to the browser on `GET /api/events` (Server-Sent Events). */
  events?: Pick<EventHub, 'subscribe'>;
  /** Where uploads go (AppServices.uploads); without it `POST /api/uploads` answers 404. */
  uploads?: ImportUploads | null;
  /** The built renderer (`out/renderer`), containing index.html. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  logError?: (message: string, error: unknown) => void;
}

export interface WebHost {
  /** The page to open, carrying the token as `?token=`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = resolve(options.rendererDir);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir} (index.html is missing). Run \`npx electron-vite build\` first.`);
  }
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const token = randomBytes(32).toString('base64url');
  const context: RequestContext = {
    dispatch: createDispatch(options.api, { logError }),
    rendererDir,
    token: Buffer.from(token),
    session: Buffer.from(randomBytes(32).toString('base64url')),
    allowedOrigins: new Set(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    allowedHosts: new Set(),
    events: options.events ?? null,
    uploads: options.uploads ?? null,
  };

  const server = createServer((req, res) => {
    handleRequest(context, req, res).catch((error: unknown) => {
      logError('Web host request failed:', error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0);
  context.allowedHosts = new Set([`${LOOPBACK_HOST}:${port}`, `localhost:${port}`]);
  context.allowedOrigins = new Set([...context.allowedHosts].map((host) => `http://${host}`));
  const origin = `http://${LOOPBACK_HOST}:${port}`;

  return {
    url: `${origin}/?${TOKEN_QUERY_PARAM}=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

interface RequestContext {
  dispatch: Dispatch;
  events: Pick<EventHub, 'subscribe'> | null;
  uploads: ImportUploads | null;
  rendererDir: string;
  token: Buffer;
  /** The session cookie's value: a secret of its own, so the cookie never reveals the token. */
  session: Buffer;
  maxBodyBytes: number;
  allowedHosts: Set<string>;
  /** `http://` + each allowed host: the origins a cookie-admitted request may come from. */
  allowedOrigins: Set<string>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

async function handleRequest(ctx: RequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!ctx.allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
    sendText(res, 403, 'Forbidden host');
    return;
  }
  const rawPath = (req.url ?? '').split('?', 1)[0] ?? '';
  if (!rawPath.startsWith('/')) {
    sendText(res, 404, 'Not found');
    return;
  }
  if (rawPath === EVENTS_PATH) {
    streamEvents(ctx, req, res);
    return;
  }
  if (rawPath === UPLOADS_PATH) {
    await receiveUpload(ctx, req, res);
    return;
  }
  if (rawPath.startsWith(`${UPLOADS_PATH}/`)) {
    releaseUpload(ctx, rawPath.slice(UPLOADS_PATH.length + 1), req, res);
    return;
  }
  if (rawPath.startsWith(API_PATH_PREFIX)) {
    await handleApiCall(ctx, rawPath.slice(API_PATH_PREFIX.length), req, res);
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    await serveStatic(ctx, rawPath, req, res);
    return;
  }
  sendText(res, 404, 'Not found');
}

async function handleApiCall(ctx: RequestContext, rawMethod: string, req: IncomingMessage, res: ServerResponse) {
  if (!admit(ctx, req, res, 'POST', 'API calls must use POST.')) return;
  let body: Buffer;
  try {
    body = await readBody(req, ctx.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader('Connection', 'close'); // the rest of the body is never read
    sendEnvelope(res, 413, refusal('invalid_input', error.message));
    return;
  }
  let payload: unknown = undefined; // an empty body is the "no payload" of the contract
  if (body.length > 0) {
    if (!isJsonContentType(req.headers['content-type'])) {
      sendEnvelope(res, 415, refusal('invalid_input', 'API bodies must be application/json.'));
      return;
    }
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      sendEnvelope(res, 400, refusal('invalid_input', 'The request body is not valid JSON.'));
      return;
    }
  }
  let method: string;
  try {
    method = decodeURIComponent(rawMethod);
  } catch {
    method = rawMethod; // dispatch rejects it as unknown
  }
  sendEnvelope(res, 200, await ctx.dispatch(method, payload));
}

/**
 * `POST /api/uploads`: the body is the file, streamed to disk as it arrives
 * (GBs are fine; memory holds a chunk), its name in `x-lookalike-file-name`.
 * Answers the UploadDto envelope; the upload id is what imports.preview and
 * imports.start take. A refused or broken upload leaves nothing behind.
 */
async function receiveUpload(ctx: RequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // A refusal leaves the body unread: closing spares the host from draining a refused GB to keep the connection.
  res.setHeader('Connection', 'close');
  if (!admit(ctx, req, res, 'POST', 'Uploads use POST.')) return;
  const uploads = ctx.uploads;
  if (!uploads) {
    sendEnvelope(res, 404, refusal('not_found', 'This host takes no uploads.'));
    return;
  }
  if (contentTypeOf(req.headers['content-type']) !== 'application/octet-stream') {
    sendEnvelope(res, 415, refusal('invalid_input', 'Uploads must be application/octet-stream.'));
    return;
  }
  const fileName = decodedHeader(req.headers[FILE_NAME_HEADER]);
  if (!fileName) {
    sendEnvelope(res, 400, refusal('invalid_input', `Name the file in the ${FILE_NAME_HEADER} header.`));
    return;
  }
  const declared = Number(req.headers['content-length']);
  const free = uploads.freeBytes();
  if (Number.isFinite(declared) && free !== null && declared > free) {
    sendEnvelope(res, 507, refusal('file_error', `Not enough disk space beside the workspace for ${fileName}: it needs ${declared} bytes and ${free} are free.`));
    return;
  }
  const slot = uploads.create(fileName);
  let bytes: number;
  try {
    bytes = await writeBodyToFile(req, slot.path, uploads.maxBytes);
  } catch (error) {
    uploads.discard(slot.uploadId);
    if (req.socket.destroyed) return; // the browser went away; nobody to answer
    if (error instanceof BodyTooLargeError) {
      sendEnvelope(res, 413, refusal('invalid_input', `${fileName} is larger than ${uploads.maxBytes} bytes, the most this host takes.`));
    } else if (['ENOSPC', 'EDQUOT'].includes(String((error as NodeJS.ErrnoException).code))) {
      sendEnvelope(res, 507, refusal('file_error', `The disk beside the workspace filled up while ${fileName} was uploading; nothing was kept.`));
    } else {
      throw error;
    }
    return;
  }
  sendEnvelope(res, 200, { ok: true, data: uploads.commit(slot.uploadId, bytes) });
}

/** `DELETE /api/uploads/<id>`: the browser no longer needs the upload (an import reading it keeps it until it ends). */
function releaseUpload(ctx: RequestContext, uploadId: string, req: IncomingMessage, res: ServerResponse): void {
  if (!admit(ctx, req, res, 'DELETE', 'Uploads are let go with DELETE.')) return;
  if (!ctx.uploads) {
    sendEnvelope(res, 404, refusal('not_found', 'This host takes no uploads.'));
    return;
  }
  sendEnvelope(res, 200, { ok: true, data: { released: ctx.uploads.release(uploadId) } });
}

function decodedHeader(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header === '') return null;
  try {
    return decodeURIComponent(header);
  } catch {
    return null;
  }
}

/**
 * `GET /api/events`: the pushed events as Server-Sent Events (`event: <name>`,
 * `data: <JSON>`), for as long as the browser keeps the request open. Same
 * token rule as the API; the renderer reads it with fetch (EventSource cannot
 * send the token header). A comment line every 15 s keeps idle proxies and
 * the browser from timing the stream out.
 */
function streamEvents(ctx: RequestContext, req: IncomingMessage, res: ServerResponse): void {
  if (!admit(ctx, req, res, 'GET', 'The event stream is read with GET.')) return;
  if (!ctx.events) {
    sendEnvelope(res, 404, refusal('not_found', 'This host pushes no events.'));
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = ctx.events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  keepAlive.unref();
  res.once('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

async function serveStatic(ctx: RequestContext, rawPath: string, req: IncomingMessage, res: ServerResponse) {
  const file = await resolveStaticFile(ctx.rendererDir, rawPath);
  if (!file) {
    sendText(res, 404, 'Not found');
    return;
  }
  const query = new URLSearchParams((req.url ?? '').slice(rawPath.length + 1));
  const visitToken = query.get(TOKEN_QUERY_PARAM);
  if (visitToken !== null && sameSecret(ctx.token, visitToken)) {
    // No Max-Age or Expires: a session cookie, gone when the browser closes.
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${ctx.session.toString()}; HttpOnly; SameSite=Strict; Path=/`);
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    // Vite fingerprints everything under assets/; index.html must always be revalidated.
    'Cache-Control': rawPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolveStream, reject) => {
    const stream = createReadStream(file.path);
    stream.once('error', reject);
    res.once('close', () => resolveStream());
    stream.pipe(res);
  });
}

/** The method and token gate of every API route; answers the refusal itself and returns false when refused. */
function admit(ctx: RequestContext, req: IncomingMessage, res: ServerResponse, method: 'GET' | 'POST' | 'DELETE', wrongMethod: string): boolean {
  if (req.method !== method) {
    res.setHeader('Allow', method);
    sendEnvelope(res, 405, refusal('invalid_input', wrongMethod));
    return false;
  }
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && sameSecret(ctx.token, header)) return true;
  const cookie = sessionCookie(req.headers.cookie);
  if (cookie !== null && sameSecret(ctx.session, cookie)) {
    if (isSameOrigin(ctx, req)) return true;
    sendEnvelope(res, 403, refusal('forbidden', 'The session is only valid from the page this host serves.'));
    return false;
  }
  sendEnvelope(res, 401, refusal('forbidden', 'Missing or wrong access token.'));
  return false;
}

function sameSecret(expected: Buffer, given: string): boolean {
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/** The session cookie's value in a Cookie header, or null. */
function sessionCookie(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Absent headers pass (tools and older browsers send neither); present ones must name this host. */
function isSameOrigin(ctx: RequestContext, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !ctx.allowedOrigins.has(origin.toLowerCase())) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

function contentTypeOf(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

function isJsonContentType(header: string | undefined): boolean {
  return contentTypeOf(header) === 'application/json';
}

function refusal(code: AppErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Result<unknown>): void {
  const body = envelopeJson(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
