/**
 * How a call reaches the core: over the preload bridge inside Electron, or
 * over the loopback web host's `POST /api/<method>` in a browser. Both return
 * the Result envelope; a transport failure becomes an `internal` envelope so
 * the client has one shape to unwrap.
 */
import type { ApiBridge } from '../../../src-main/contract/bridge';
import type { ApiMethod } from '../../../src-main/contract/api';
import type { Result } from '../../../src-main/contract/errors';

export type Transport = (method: ApiMethod, payload: unknown) => Promise<Result<unknown>>;

/** Header name must match src-main/webhost/server.ts TOKEN_HEADER. */
export const TOKEN_HEADER = 'x-lookalike-token';

function transportFailure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

export function ipcTransport(bridge: ApiBridge): Transport {
  return async (method, payload) => {
    const call = bridge[method] as (payload: unknown) => Promise<Result<unknown>>;
    try {
      return await call(payload);
    } catch {
      return transportFailure('The app did not answer. Restart Lookalike Studio and try again.');
    }
  };
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, payload) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          ...(token ? { [TOKEN_HEADER]: token } : {}),
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
    } catch {
      return transportFailure('Cannot reach the Lookalike Studio web host. Is it still running?');
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return transportFailure(`The web host answered ${response.status} without a result.`);
    }
  };
}
