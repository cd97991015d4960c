/**
 * The job worker's tasks (jobs/job-pool.ts starts the thread): a running
 * job's database work too heavy for the main thread, on a connection of the
 * worker's own — saving its results (50k candidates with their reasons and
 * the scores they write back took 11–46 s at 300k leads, with the window and
 * the web host answering nothing meanwhile) and the check of its examples
 * (4.2 s on a 5,000-column workspace).
 *
 * It also merges an older workspace's duplicates and undoes a merge
 * (services/duplicates-service.ts decides what; 5.5–6.3 s and 2.3 s at 100k
 * leads), each one transaction, with the same refusal to wait for the lock.
 *
 * The save is still one transaction (issue 9, defect 7): candidates, the
 * scores written back and the completed status commit together or not at
 * all, and a thread or process ended mid-save leaves nothing of it. The main
 * connection reads the last commit meanwhile (WAL).
 *
 * The save never sleeps in SQLite's busy handler: when another writer holds
 * the workspace it answers at once with a busy conflict, and the job tries
 * again once the workspace is free, showing what it waits for.
 *
 * Answers are Results, not thrown errors: an AppError's code and details do
 * not survive the trip between threads, its data does.
 */
import { workerData } from 'node:worker_threads';
import type { JobTasks, JobWorkerData } from './job-pool';
import { isAppError, type Result } from '../contract/errors';
import { busyAppError, isBusyError, withoutBusyWait } from '../db/busy-retry';
import { completeJob } from '../db/queries/jobs';
import { checkpointWal } from '../db/wal-checkpoint';
import { openWorkspace, useSqliteNativeBinding, type Workspace } from '../db/workspace';
import { diagnoseLoaded } from '../engine/seed-diagnostics';
import { applyDuplicateMerge, applyUndoMerge } from '../services/duplicates-service';

const { workspacePath, nativeBinding } = workerData as JobWorkerData;
if (nativeBinding) useSqliteNativeBinding(nativeBinding);

let ws: Workspace | null = null;
/** Opened on the first task; the thread's end closes it with the thread. */
const workspace = (): Workspace => (ws ??= openWorkspace(workspacePath, { mustExist: true }));

async function answer<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toData() };
    // Another writer holds the workspace: the job tries again when it is free (db/busy-retry.ts).
    if (isBusyError(error)) return { ok: false, error: busyAppError(error).toData() };
    // A database refusal (a trigger, a full disk) reaches the job as its message.
    return { ok: false, error: { code: 'internal', message: (error as Error)?.message ?? String(error) } };
  }
}

export const open: JobTasks['open'] = () => answer(() => (workspace(), null));

/** Never waits for the write lock: the job waits without blocking and says what for (jobs/pipeline.ts). */
export const complete: JobTasks['complete'] = ({ jobId, results }) =>
  answer(() => {
    const { db } = workspace();
    withoutBusyWait(db, () => completeJob(db, jobId, results));
  });

export const diagnose: JobTasks['diagnose'] = ({ spec, vocab, loaded }) => answer(() => diagnoseLoaded(workspace().db, spec, vocab, loaded));

/**
 * Never waits for the write lock: the service tries again while the workspace
 * is busy (services/duplicates-service.ts). The log it leaves is folded back
 * here, not at the main thread's next write (db/wal-checkpoint.ts).
 */
export const merge: JobTasks['merge'] = ({ mergedAt }) =>
  answer(() => {
    const w = workspace();
    const result = withoutBusyWait(w.db, () => applyDuplicateMerge(w, mergedAt));
    checkpointWal(w.db);
    return result;
  });

export const undoMerge: JobTasks['undoMerge'] = ({ mergeId, undoneAt }) =>
  answer(() => {
    const w = workspace();
    const result = withoutBusyWait(w.db, () => applyUndoMerge(w, mergeId, undoneAt));
    checkpointWal(w.db);
    return result;
  });
