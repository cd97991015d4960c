/**
 * The shape the preload exposes as `window.api`: every contract method, taking
 * its payload and resolving to the Result envelope (never throwing for an
 * AppError, because only an error's message survives Electron's `invoke`).
 * Type-only, so both the preload and the renderer can name it.
 */
import type { ApiMethod, ApiPayload, ApiResult } from './api';
import type { Result } from './errors';

export type ApiBridge = {
  [M in ApiMethod]: (payload: ApiPayload<M>) => Promise<Result<ApiResult<M>>>;
};

/** The global name the preload exposes the bridge under. */
export const API_BRIDGE_KEY = 'api';
