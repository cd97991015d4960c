/**
 * A file to import, sent from the browser. The web host reads no path a
 * browser names (issue 9, defect 5), so the file itself travels: streamed as
 * the raw body of `POST /api/uploads` with the access token, answered with an
 * upload id that imports.preview and imports.start take. XMLHttpRequest, not
 * fetch, because only it reports upload progress; the browser reads the file
 * from disk as it sends, so a large export is never held in memory.
 * Inside Electron there is no uploads client: the Open dialog grants a path.
 */
import type { UploadDto } from '../../../src-main/contract/dto';
import { AppError, type Result } from '../../../src-main/contract/errors';
import { TOKEN_HEADER } from './transports';

/** Must match src-main/webhost/server.ts UPLOADS_PATH and FILE_NAME_HEADER. */
export const UPLOADS_PATH = '/api/uploads';
export const FILE_NAME_HEADER = 'x-lookalike-file-name';

export interface UploadOptions {
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

export interface UploadsClient {
  /** Resolves with the upload id once the whole file is on the host; rejects with an AppError. */
  upload(file: File, options?: UploadOptions): Promise<UploadDto>;
  /** Tells the host the upload is no longer wanted (not imported after all); best effort. */
  release(uploadId: string): Promise<void>;
}

/** The part of XMLHttpRequest an upload uses (a fake in tests). */
export type XhrLike = Pick<
  XMLHttpRequest,
  'open' | 'setRequestHeader' | 'send' | 'abort' | 'status' | 'responseText' | 'upload' | 'onload' | 'onerror' | 'onabort'
>;

export function httpUploads(
  token: string | null,
  createXhr: () => XhrLike = () => new XMLHttpRequest(),
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): UploadsClient {
  return {
    async release(uploadId) {
      try {
        await fetchImpl(`${UPLOADS_PATH}/${encodeURIComponent(uploadId)}`, { method: 'DELETE', headers: token ? { [TOKEN_HEADER]: token } : {} });
      } catch {
        // the host removes it when it closes anyway
      }
    },
    upload(file, { onProgress, signal } = {}) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new AppError('cancelled', 'The upload was stopped.'));
        const xhr = createXhr();
        xhr.open('POST', UPLOADS_PATH);
        if (token) xhr.setRequestHeader(TOKEN_HEADER, token);
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
        xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
        xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
        xhr.onload = () => {
          let result: Result<UploadDto>;
          try {
            result = JSON.parse(xhr.responseText) as Result<UploadDto>;
          } catch {
            return reject(new AppError('internal', `The web host answered ${xhr.status} without a result.`));
          }
          if (result.ok) resolve(result.data);
          else reject(new AppError(result.error.code, result.error.message, result.error.details));
        };
        xhr.onerror = () => reject(new AppError('internal', 'The upload broke off: is the Lookalike Studio web host still running?'));
        xhr.onabort = () => reject(new AppError('cancelled', 'The upload was stopped.'));
        signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(file);
      });
    },
  };
}
