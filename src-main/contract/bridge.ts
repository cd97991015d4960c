/**
 * The shape the preload exposes as `window.api`: every contract method, taking
 * its payload and resolving to the Result envelope (never throwing for an
 * AppError, because only an error's message survives Electron's `invoke`).
 * Type-only, so both the preload and the renderer can name it.
 */
import type { ApiEvent, ApiEvents, ApiMethod, ApiPayload, ApiResult } from './api';
import type { Result } from './errors';

export type ApiBridge = {
  [M in ApiMethod]: (payload: ApiPayload<M>) => Promise<Result<ApiResult<M>>>;
} & {
  /** Listens to one of the pushed events (API_EVENTS); returns the function that stops listening. */
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
};

/** The global name the preload exposes the bridge under. */
export const API_BRIDGE_KEY = 'api';
