/**
 * The renderer's typed client: an `Api` whose methods resolve to the data or
 * throw an AppError rebuilt from the envelope, whichever transport carries it.
 */
import type { Api } from '../../../src-main/contract/api';
import { AppError, type Result } from '../../../src-main/contract/errors';
import { API_METHODS } from '../../../src-main/contract/methods';
import { takeAccessToken } from './access-token';
import { httpEvents, ipcEvents, type ApiEventsClient } from './events';
import { httpTransport, ipcTransport, type Transport } from './transports';
import { httpUploads, type UploadsClient } from './uploads';

export function createApiClient(transport: Transport): Api {
  const client: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    client[method] = async (payload) => unwrap(await transport(method, payload));
  }
  // Sound because API_METHODS is checked against the Api interface in the contract.
  return client as unknown as Api;
}

/**
 * Electron's bridge when the preload exposed it, the web host otherwise: the
 * calls, the pushed events, and (web host only) file uploads for imports.
 */
export function createDefaultApiClient(): { api: Api; events: ApiEventsClient; uploads: UploadsClient | null } {
  if (window.api) return { api: createApiClient(ipcTransport(window.api)), events: ipcEvents(window.api), uploads: null };
  const token = takeAccessToken();
  return { api: createApiClient(httpTransport(token)), events: httpEvents(token), uploads: httpUploads(token) };
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}
