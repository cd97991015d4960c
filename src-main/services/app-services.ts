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
import type { ChooseExportFile } from './app-export';
import { createEventHub, type EventHub } from './event-hub';
import { JobRunner } from './jobs-service';

export interface AppServices {
  api: Api;
  /** The pushed events (job progress), for the shell's IPC and the web host's event stream. */
  events: Pick<EventHub, 'subscribe'>;
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface AppServiceOptions {
  /** Where exports go: the desktop shell passes a Save dialog; without one they go to `exports/` beside the workspace. */
  chooseExportFile?: ChooseExportFile;
}

export function openAppServices(ws: Workspace, poolOptions: ComputePoolOptions = {}, options: AppServiceOptions = {}): AppServices {
  let pool: ComputePool | null = null;
  const events = createEventHub();
  const runner = new JobRunner(ws, () => (pool ??= createComputePool(poolOptions)), events);
  return {
    api: createApi(ws, runner, options.chooseExportFile),
    events,
    idle: () => runner.idle(),
    async close() {
      await runner.close();
      await pool?.close();
      pool = null;
    },
  };
}
