import { describe, expect, it, vi } from 'vitest';
import { createSseReader } from '../../../src-renderer/src/api/sse';
import { httpEvents } from '../../../src-renderer/src/api/events';

describe('createSseReader', () => {
  it('reads messages split anywhere across chunks, with CRLF or LF, skipping comments', () => {
    const got: [string, string][] = [];
    const read = createSseReader((event, data) => got.push([event, data]));
    const text = ': connected\r\n\r\nevent: jobs.progress\r\ndata: {"jobId":1}\r\n\r\n: keep-alive\n\nevent: jobs.progress\ndata: {"jobId":2}\n\ndata: plain\n\n';
    for (let i = 0; i < text.length; i += 7) read(text.slice(i, i + 7));
    expect(got).toEqual([
      ['jobs.progress', '{"jobId":1}'],
      ['jobs.progress', '{"jobId":2}'],
      ['message', 'plain'],
    ]);
  });

  it('keeps an unfinished message until its blank line arrives, and joins multi-line data', () => {
    const got: string[] = [];
    const read = createSseReader((_, data) => got.push(data));
    read('data: a\ndata: b\n');
    expect(got).toEqual([]);
    read('\n');
    expect(got).toEqual(['a\nb']);
  });
});

describe('httpEvents', () => {
  function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
    const bytes = chunks.map((c) => new TextEncoder().encode(c));
    return new ReadableStream({
      pull(controller) {
        const next = bytes.shift();
        if (next) controller.enqueue(next);
        // then stay open, as the server does
      },
    });
  }

  it('opens one stream with the token, hands listeners their parsed payloads, and closes it with the last listener', async () => {
    let signal: AbortSignal | undefined;
    const fetchImpl = vi.fn(async (_url: unknown, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Response(streamOf(['event: jobs.progress\ndata: {"jobId":7,"status":"running","phase":"embedding","processed":1,"total":2}\n', '\n']), { status: 200 });
    });
    const events = httpEvents('secret', fetchImpl as unknown as typeof fetch);
    const received: unknown[] = [];
    const stop = events.on('jobs.progress', (p) => received.push(p));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toEqual({ jobId: 7, status: 'running', phase: 'embedding', processed: 1, total: 2 });
    expect(fetchImpl).toHaveBeenCalledOnce();
    expect(fetchImpl.mock.calls[0]![0]).toBe('/api/events');
    expect((fetchImpl.mock.calls[0]![1] as RequestInit).headers).toEqual({ 'x-lookalike-token': 'secret' });
    stop();
    expect(signal?.aborted).toBe(true);
  });
});
