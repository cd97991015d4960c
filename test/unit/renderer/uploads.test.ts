import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { FILE_NAME_HEADER, httpUploads, UPLOADS_PATH, type XhrLike } from '../../../src-renderer/src/api/uploads';

/** A stand-in XMLHttpRequest that records the request and answers when told. */
function fakeXhr() {
  const calls = { opened: [] as string[], headers: {} as Record<string, string>, sent: null as unknown, aborted: false };
  const xhr = {
    status: 0,
    responseText: '',
    upload: { onprogress: null as ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null },
    onload: null as (() => void) | null,
    onerror: null as (() => void) | null,
    onabort: null as (() => void) | null,
    open: (method: string, url: string) => calls.opened.push(method, url),
    setRequestHeader: (name: string, value: string) => (calls.headers[name] = value),
    send: (body: unknown) => (calls.sent = body),
    abort: () => {
      calls.aborted = true;
      xhr.onabort?.();
    },
    answer(status: number, body: unknown) {
      xhr.status = status;
      xhr.responseText = JSON.stringify(body);
      xhr.onload?.();
    },
  };
  return { xhr, calls, create: () => xhr as unknown as XhrLike };
}

const file = new File(['Record ID,Email\nR1,a@b.example\n'], 'hubspot contacts (1).csv', { type: 'text/csv' });

describe('httpUploads', () => {
  it('sends the file itself as the raw body, with the token and its name, and reports progress', async () => {
    const { xhr, calls, create } = fakeXhr();
    const progress: [number, number][] = [];
    const done = httpUploads('tok', create).upload(file, { onProgress: (sent, total) => progress.push([sent, total]) });
    expect(calls.opened).toEqual(['POST', UPLOADS_PATH]);
    expect(calls.headers).toEqual({
      'x-lookalike-token': 'tok',
      'Content-Type': 'application/octet-stream',
      [FILE_NAME_HEADER]: 'hubspot%20contacts%20(1).csv',
    });
    expect(calls.sent).toBe(file);
    xhr.upload.onprogress!({ loaded: 10, total: file.size, lengthComputable: true });
    xhr.answer(200, { ok: true, data: { uploadId: 'A'.repeat(24), file: file.name, bytes: file.size } });
    await expect(done).resolves.toEqual({ uploadId: 'A'.repeat(24), file: file.name, bytes: file.size });
    expect(progress).toEqual([[10, file.size]]);
  });

  it("rejects with the host's error, and as cancelled when stopped", async () => {
    const refused = fakeXhr();
    const failing = httpUploads('tok', refused.create).upload(file);
    refused.xhr.answer(413, { ok: false, error: { code: 'invalid_input', message: 'too large' } });
    await expect(failing).rejects.toMatchObject({ code: 'invalid_input', message: 'too large' });

    const stopped = fakeXhr();
    const controller = new AbortController();
    const stopping = httpUploads('tok', stopped.create).upload(file, { signal: controller.signal });
    controller.abort();
    await expect(stopping).rejects.toBeInstanceOf(AppError);
    await expect(stopping).rejects.toMatchObject({ code: 'cancelled' });
    expect(stopped.calls.aborted).toBe(true);
  });

  it('lets an upload go with DELETE and the token', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"ok":true,"data":{"released":true}}'));
    await httpUploads('tok', fakeXhr().create, fetchImpl).release('A'.repeat(24));
    expect(fetchImpl).toHaveBeenCalledWith(`${UPLOADS_PATH}/${'A'.repeat(24)}`, { method: 'DELETE', headers: { 'x-lookalike-token': 'tok' } });
  });
});
