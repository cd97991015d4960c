/**
 * Reads a request body up to a byte limit. Over the limit it stops reading and
 * rejects with `BodyTooLargeError`, so a client cannot make the host buffer an
 * arbitrary amount of memory. Uploads are streamed to a file instead
 * (`writeBodyToFile`), a chunk at a time, under the same kind of limit.
 */
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body exceeds ${limitBytes} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    return Promise.reject(new BodyTooLargeError(limitBytes));
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLargeError(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolvePromise(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Streams a request body into a new file (created exclusively, owner-only) and
 * resolves with its size once the file is closed. Memory stays at a chunk
 * whatever the size. Over the limit it stops reading (the connection stays up
 * for the refusal) and rejects with `BodyTooLargeError`; a client that goes
 * away or a full disk rejects too. A partial file is left for the caller to remove.
 */
export function writeBodyToFile(req: IncomingMessage, path: string, limitBytes: number): Promise<number> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(new BodyTooLargeError(limitBytes));
  return new Promise((resolvePromise, reject) => {
    let received = 0;
    let settled = false;
    let finished = false;
    const file = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received <= limitBytes) return callback(null, chunk);
        fail(new BodyTooLargeError(limitBytes));
        callback();
      },
    });
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(counter);
      req.pause();
      counter.destroy();
      file.destroy();
      reject(error);
    };
    file.once('error', fail);
    file.once('finish', () => {
      finished = true;
    });
    file.once('close', () => {
      if (settled) return;
      if (!finished) return fail(new Error('The file could not be written.'));
      settled = true;
      resolvePromise(received);
    });
    req.once('error', fail);
    req.once('close', () => {
      if (!req.complete) fail(new Error('The upload was interrupted.'));
    });
    req.pipe(counter).pipe(file);
  });
}
