/**
 * The services of one open workspace, as the app (Electron or the web host)
 * uses them: the API, and the job runner with its compute pool, which is
 * only started when the first job runs. close() stops the running job and
 * the pool; the caller closes the workspace afterwards.
 */
import type { Api } from '../contract/api';
import { createComputePool, type ComputePool, type ComputePoolOptions } from '../compute/pool';
import type { Workspace } from '../db/workspace';
import { createApi } from './api';
import { JobRunner } from './jobs-service';

export interface AppServices {
  api: Api;
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function openAppServices(ws: Workspace, poolOptions: ComputePoolOptions = {}): AppServices {
  let pool: ComputePool | null = null;
  const runner = new JobRunner(ws, () => (pool ??= createComputePool(poolOptions)));
  return {
    api: createApi(ws, runner),
    idle: () => runner.idle(),
    async close() {
      await runner.close();
      await pool?.close();
      pool = null;
    },
  };
}
