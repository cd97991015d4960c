/**
 * Where the core's pushed events (ApiEvents) fan out to the transports: the
 * shell forwards them to the window over IPC, the web host streams them to
 * the browser. A listener that throws is logged and skipped, never allowed
 * to stop a job.
 */
import type { ApiEvent, ApiEvents } from '../contract/api';

export type EventListener = <E extends ApiEvent>(event: E, payload: ApiEvents[E]) => void;

export interface EventHub {
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(logError: (message: string, error: unknown) => void = (m, e) => console.error(m, e)): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch (error) {
          logError(`An event listener failed on ${event}:`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
