/**
 * The services of one open workspace, as the app (Electron or the web host)
 * uses them: the API, and the job runner with its compute pool, which is
 * only started when the first job runs. close() stops the running job and
 * the pool; the caller closes the workspace afterwards.
 */
import type { Api } from '../contract/api';
import { createComputePool, type ComputePool, type ComputePoolOptions } from '../compute/pool';
import type { Workspace } from '../db/workspace';
import { createApi, type ApiChoices } from './api';
import { ImportRunner } from './import-runner';
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

/** The desktop shell's dialogs: where exports go, which file to import. Without them: `exports/`, a typed path. */
export type AppServiceOptions = ApiChoices;

export function openAppServices(ws: Workspace, poolOptions: ComputePoolOptions = {}, options: AppServiceOptions = {}): AppServices {
  let pool: ComputePool | null = null;
  const events = createEventHub();
  const runner = new JobRunner(ws, () => (pool ??= createComputePool(poolOptions)), events);
  const imports = new ImportRunner(ws, events);
  // One long writer at a time: an import and a job would wait on each other's transactions.
  runner.blockedBy = () => (imports.busy ? 'A file is importing; start the job when it has finished.' : null);
  imports.blockedBy = () => (runner.busy ? 'A lookalike job is running; import when it has finished (or cancel it).' : null);
  return {
    api: createApi(ws, runner, imports, options),
    events,
    idle: async () => {
      await imports.idle();
      await runner.idle();
    },
    async close() {
      await imports.close();
      await runner.close();
      await pool?.close();
      pool = null;
    },
  };
}
