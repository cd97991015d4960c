/**
 * The renderer's side of the pushed events (ApiEvents): the preload bridge's
 * `on` inside Electron, the web host's event stream in a browser. One
 * interface, so a screen subscribes without knowing the transport.
 */
import type { ApiEvent, ApiEvents } from '../../../src-main/contract/api';
import type { ApiBridge } from '../../../src-main/contract/bridge';
import { createSseReader } from './sse';
import { TOKEN_HEADER } from './transports';

export interface ApiEventsClient {
  /** Returns the function that stops listening. */
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

export function ipcEvents(bridge: ApiBridge): ApiEventsClient {
  return { on: (event, listener) => bridge.on(event, listener) };
}

const RECONNECT_MS = 2000;

/**
 * One shared stream (`GET /api/events`, read with fetch so it can carry the
 * token), opened with the first listener and closed with the last; when the
 * connection drops it reconnects after a pause.
 */
export function httpEvents(token: string | null, fetchImpl: typeof fetch = fetch): ApiEventsClient {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let controller: AbortController | null = null;

  const deliver = (event: string, data: string) => {
    const set = listeners.get(event);
    if (!set?.size) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return; // not ours to crash on
    }
    for (const listener of [...set]) listener(payload);
  };

  const connect = async (own: AbortController) => {
    while (!own.signal.aborted) {
      try {
        const response = await fetchImpl('/api/events', { headers: token ? { [TOKEN_HEADER]: token } : {}, signal: own.signal });
        if (response.ok && response.body) {
          const read = createSseReader(deliver);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            read(value);
          }
        }
      } catch {
        // dropped or refused: retry below unless we were stopped
      }
      if (!own.signal.aborted) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };

  const total = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);

  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      if (!controller) {
        controller = new AbortController();
        void connect(controller);
      }
      return () => {
        set.delete(wrapped);
        if (total() === 0 && controller) {
          controller.abort();
          controller = null;
        }
      };
    },
  };
}
