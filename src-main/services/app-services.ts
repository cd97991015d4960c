/**
 * The services of one open workspace, as the app (Electron or the web host)
 * uses them: the API, and the job runner with its compute pool, which is
 * only started when the first job runs. close() stops the running job and
 * the pool; the caller closes the workspace afterwards.
 */
import type { ServedApi } from '../contract/json-text';
import { createComputePool, type ComputePool, type ComputePoolOptions } from '../compute/pool';
import { attachReadPool, createReadPool, detachReadPool } from '../compute/read-pool';
import { attachJobPool, createJobPool, detachJobPool } from '../jobs/job-pool';
import { sqliteNativeBinding, type Workspace } from '../db/workspace';
import { createApi, type ApiChoices } from './api';
import { ImportRunner } from './import-runner';
import { createEventHub, type EventHub } from './event-hub';
import { JobRunner, type JobsControl } from '../jobs/job-runner';
import { localServices, type LocalServices } from './local-services';
import { createImportUploads, uploadsFolder, type ImportUploads, type ImportUploadsOptions } from './uploads';
import { writersService, type WritersService } from './writers-service';

export interface AppServices {
  api: ServedApi;
  /** The pushed events (job progress), for the shell's IPC and the web host's event stream. */
  events: Pick<EventHub, 'subscribe'>;
  /** Where the web host streams a browser's files to import (null unless asked for with `uploads`). */
  uploads: ImportUploads | null;
  /** Whether another process is writing the workspace, and waiting for it. */
  writers: WritersService;
  /** For callers in this process only (the command line): paths their user typed, callbacks, streams. */
  local: LocalServices;
  /** For callers in this process only (the command line, the benchmarks): the jobs' events, how a job ended, `eval`. */
  jobs: JobsControl;
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The desktop shell's dialogs (where exports go, which file to import), or the
 * web host's uploads (`uploads`: a private folder beside the workspace) and the
 * folders its user named. Without any: exports go to `exports/`, and no file
 * can be imported from the API.
 */
export type AppServiceOptions = Omit<ApiChoices, 'uploads'> & {
  uploads?: boolean | ImportUploadsOptions;
  /**
   * Start the read and job threads now, not at the first job: the window and
   * the web host, which live long and whose first job should read its examples
   * off the thread that answers requests. The command line leaves it off (a
   * thread it never uses would only slow its start).
   */
  warmThreads?: boolean;
};

export function openAppServices(ws: Workspace, poolOptions: ComputePoolOptions = {}, options: AppServiceOptions = {}): AppServices {
  const { readWorkerFile, jobWorkerFile, ...computeOptions } = poolOptions;
  let pool: ComputePool | null = null;
  const events = createEventHub();
  const runner = new JobRunner(ws, () => (pool ??= createComputePool(computeOptions)), events);
  const imports = new ImportRunner(ws, events);
  // Compare, coverage and previews read on a thread of their own, so the window and the web host keep answering.
  const reads = createReadPool({ workspacePath: ws.path, nativeBinding: sqliteNativeBinding(), ...(readWorkerFile ? { workerFile: readWorkerFile } : {}) });
  attachReadPool(ws.db, reads);
  // A job saves its results and checks its examples on a thread of its own too (jobs/job-pool.ts).
  const jobWorker = createJobPool({ workspacePath: ws.path, nativeBinding: sqliteNativeBinding(), ...(jobWorkerFile ? { workerFile: jobWorkerFile } : {}) });
  attachJobPool(ws.db, jobWorker);
  const warm = (expected = false) => {
    reads.warm({ expected });
    jobWorker.warm();
  };
  if (options.warmThreads) warm(true);
  // A queued job will measure its coverage and save there: the threads start while the earlier steps run.
  events.subscribe((event) => {
    if (event === 'jobs.progress') warm();
  });
  // One long writer at a time: an import and a job would wait on each other's transactions.
  // The other writer may be another process (the command line): then the workspace says so (issue 9, defect 6).
  const writers = writersService(ws);
  const busyElsewhere = (forJobs: boolean) => {
    const holder = writers.busyWith({ forJobs });
    return holder ? `The workspace is busy (${holder} in another process); try again when it has finished.` : null;
  };
  runner.blockedBy = () => (imports.busy ? 'A file is importing; start the job when it has finished.' : busyElsewhere(false));
  imports.blockedBy = () => (runner.busy ? 'A lookalike job is running; import when it has finished (or cancel it).' : busyElsewhere(true));
  const { uploads: uploadOptions, warmThreads: _warmed, ...choices } = options;
  const uploads = uploadOptions ? createImportUploads(uploadsFolder(ws.path), uploadOptions === true ? {} : uploadOptions) : null;
  return {
    api: createApi(ws, runner, imports, { ...choices, ...(uploads ? { uploads } : {}) }, events),
    events,
    uploads,
    writers,
    local: localServices(ws),
    jobs: runner,
    idle: async () => {
      await imports.idle();
      await runner.idle();
    },
    async close() {
      await imports.close();
      await runner.close();
      detachReadPool(ws.db);
      await reads.close();
      detachJobPool(ws.db);
      await jobWorker.close();
      await pool?.close();
      pool = null;
      uploads?.close(); // after the import that may be reading one has stopped
    },
  };
}
