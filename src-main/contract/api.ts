/**
 * The one typed API between the core and any front end. The preload exposes
 * exactly these methods over IPC and the web host serves them over loopback
 * HTTP; both validate the payload with `apiSchemas` before calling a service.
 * Methods take one JSON payload (or none) and resolve to JSON.
 */
import { z } from 'zod';
import type { ImportBatchDto, RejectedRowPage, WorkspaceInfo } from './dto';

export interface WorkspaceApi {
  'workspace.info'(payload?: undefined): Promise<WorkspaceInfo>;
}

export interface ImportsApi {
  'imports.list'(payload?: undefined): Promise<ImportBatchDto[]>;
  'imports.rejects'(payload: { batchId: number; offset?: number; limit?: number }): Promise<RejectedRowPage>;
}

export type Api = WorkspaceApi & ImportsApi;
export type ApiMethod = keyof Api;
export type ApiPayload<M extends ApiMethod> = Parameters<Api[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<Api[M]>>;

const none = z.undefined();

/** Payload schemas: the single place IPC and HTTP input is validated. */
export const apiSchemas = {
  'workspace.info': none,
  'imports.list': none,
  'imports.rejects': z.object({
    batchId: z.number().int().positive(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  }),
} satisfies { [M in ApiMethod]: z.ZodType<ApiPayload<M>> };

// The method list and IPC prefix live in the zod-free `methods.ts` so the sandboxed preload can bundle them.
export { API_METHODS, IPC_PREFIX } from './methods';
