/**
 * Files a browser uploaded to the web host for import. A browser cannot hand
 * the host a path (and the host must not read one it is given: issue 9,
 * defect 5), so the file itself travels and waits here until it is imported.
 *
 * Layout: `<workspace>.uploads/<session>/<upload id>/<the browser's file name>`.
 * - The folder sits beside the workspace (its data, on its disk) and is private:
 *   folders 0700, files 0600, each created exclusively, under a random id.
 * - The id is the only handle the API accepts; it is checked against what this
 *   session made, never joined into a path from outside.
 * - Keeping the browser's name lets the import history show `accounts.csv`.
 * - One session folder per open workspace: two hosts on one workspace do not
 *   clear each other's files. A session left by a crash is removed by the next
 *   one after a day.
 * - An upload is removed once an import of it has ended, when the browser
 *   lets it go (the import panel closed, or its file could not be read), when
 *   the workspace closes, or when more than `maxPending` wait (the oldest not
 *   importing).
 *
 * Writing the bytes is the web host's job (webhost/read-body.ts streams the
 * request to `create().path`); this module only hands out and tracks the files.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { UploadDto } from '../contract/dto';
import { UPLOAD_ID_PATTERN } from '../contract/api';
import { AppError } from '../contract/errors';

const STALE_SESSION_MS = 24 * 60 * 60 * 1000;
const MAX_NAME_LENGTH = 200;

export interface ImportUploads {
  /** The largest upload taken, in bytes. */
  readonly maxBytes: number;
  /** A new private file to stream an upload into; `commit` it once whole, `discard` it otherwise. */
  create(fileName: string): { uploadId: string; path: string };
  commit(uploadId: string, bytes: number): UploadDto;
  /** The committed upload's file; `hold` also keeps it from being trimmed (an import is reading it). */
  pathOf(uploadId: string, options?: { hold?: boolean }): string;
  discard(uploadId: string): void;
  /** Discards an upload unless an import is reading it; false when it was kept (or unknown). */
  release(uploadId: string): boolean;
  /** Free bytes on the uploads' disk, or null when the system cannot say. */
  freeBytes(): number | null;
  /** Removes every upload of this session. */
  close(): void;
}

export interface ImportUploadsOptions {
  /** Default 64 GiB: a CRM export of any size streams to disk, never into memory. */
  maxBytes?: number;
  /** Uploads kept waiting for an import at once (default 8). */
  maxPending?: number;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 ** 3;

/** Where a workspace's uploads go: beside it, like its vector cache. */
export function uploadsFolder(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.uploads`);
}

/** The browser's file name reduced to one safe path segment (no folders, no control characters). */
export function safeUploadName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  const name = cleaned.length > MAX_NAME_LENGTH ? cleaned.slice(cleaned.length - MAX_NAME_LENGTH) : cleaned;
  return name === '' || /^\.+$/.test(name) ? 'upload.csv' : name;
}

export function createImportUploads(root: string, options: ImportUploadsOptions = {}): ImportUploads {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const maxPending = options.maxPending ?? 8;
  mkdirSync(root, { recursive: true, mode: 0o700 });
  removeStaleSessions(root);
  const session = mkdtempSync(join(root, 'session-')); // mkdtemp makes it 0700
  const writing = new Map<string, { path: string; name: string }>();
  const ready = new Map<string, { path: string; name: string; bytes: number; held: boolean }>();

  const remove = (uploadId: string) => rmSync(join(session, uploadId), { recursive: true, force: true });
  const known = (uploadId: string) => UPLOAD_ID_PATTERN.test(uploadId) && ready.has(uploadId);
  const discard = (uploadId: string) => {
    if (!UPLOAD_ID_PATTERN.test(uploadId)) return;
    writing.delete(uploadId);
    ready.delete(uploadId);
    remove(uploadId);
  };

  return {
    maxBytes,
    create(fileName) {
      const uploadId = randomBytes(18).toString('base64url');
      const name = safeUploadName(fileName);
      // recursive: also remakes the session folder if another host took it for a crashed one's (idle over a day)
      mkdirSync(join(session, uploadId), { recursive: true, mode: 0o700 });
      const path = join(session, uploadId, name);
      writing.set(uploadId, { path, name });
      return { uploadId, path };
    },
    commit(uploadId, bytes) {
      const upload = writing.get(uploadId);
      if (!upload) throw new AppError('not_found', 'This upload was not started here.');
      writing.delete(uploadId);
      ready.set(uploadId, { ...upload, bytes, held: false });
      // Oldest first (insertion order); one an import is reading stays.
      for (const [id, waiting] of ready) {
        if (ready.size <= maxPending) break;
        if (waiting.held) continue;
        ready.delete(id);
        remove(id);
      }
      return { uploadId, file: upload.name, bytes };
    },
    pathOf(uploadId, { hold = false } = {}) {
      if (!known(uploadId)) {
        throw new AppError('not_found', 'That uploaded file is no longer here (it was imported, replaced by newer uploads, or the host restarted). Choose the file again.', {
          uploadId,
        });
      }
      const upload = ready.get(uploadId)!;
      if (hold) upload.held = true;
      return upload.path;
    },
    discard,
    release(uploadId) {
      if (!known(uploadId) || ready.get(uploadId)!.held) return false;
      discard(uploadId);
      return true;
    },
    freeBytes() {
      try {
        const fs = statfsSync(session);
        return fs.bavail * fs.bsize;
      } catch {
        return null;
      }
    },
    close() {
      writing.clear();
      ready.clear();
      rmSync(session, { recursive: true, force: true });
    },
  };
}

function removeStaleSessions(root: string, now = Date.now()): void {
  for (const entry of readdirSync(root)) {
    if (!entry.startsWith('session-')) continue;
    const dir = join(root, entry);
    try {
      if (now - statSync(dir).mtimeMs > STALE_SESSION_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another host removed it first
    }
  }
}
