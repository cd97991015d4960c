/**
 * The job worker: one worker thread with its own read-write connection to
 * the workspace file, which runs a job's database work too heavy for the
 * request path — saving its results and checking its examples — and the
 * app's one other long write, merging an older workspace's duplicates and
 * its undo (the tasks live in job-worker.ts). One background writer, not
 * one per kind of write: SQLite takes one writer at a time, and the API's
 * writes then have one thing to wait for (`savesSettled`). better-sqlite3
 * is synchronous: on the main thread a 50k-candidate save held the window's
 * IPC and the web host for tens of seconds, a merge at 100k leads 5.5–6.3 s
 * (issue 11, item 6).
 *
 * Which workspaces have one: the app's services attach it to their
 * workspace connection (`attachJobPool`), and the job's phases ask
 * `jobPoolOf(db)`; without one (a bare connection in a test, the command
 * line's own tools) the same functions run on the calling thread.
 *
 * While it saves or merges, the worker holds the workspace's write lock. A
 * write on the main connection meanwhile would sleep the main thread in SQLite's
 * busy handler (frozen, then "busy" after the timeout), so the API's writes
 * first await `savesSettled` (services/api.ts): they wait without blocking
 * anything, and reads are answered at once.
 */
import type Database from 'better-sqlite3';
import type { SeedDiagnosticsDto } from '../contract/dto';
import type { Result } from '../contract/errors';
import { releasePageCache } from '../db/page-cache';
import { workerFileOf, workspaceThread, type WorkspaceThreadData } from '../compute/workspace-thread';
import type { MergeResultDto, UndoMergeResultDto } from '../contract/duplicates';
import type { JobResults } from '../db/queries/jobs';
import type { SourceSpec } from '../engine/backtest-data';
import type { BacktestData } from '../../src-model/backtest/backtest';
import type { FeatureVocabulary } from '../../src-model/embed/types';

/** What the worker thread is told when it starts: the workspace file, opened read-write. */
export type JobWorkerData = WorkspaceThreadData;

export interface CompleteTask {
  jobId: number;
  results: JobResults;
}

export interface MergeTask {
  /** When the merge was asked for (the merge log's time). */
  mergedAt: string;
}

export interface UndoMergeTask {
  mergeId: number;
  undoneAt: string;
}

export interface DiagnoseTask {
  spec: Pick<SourceSpec, 'entity' | 'source' | 'ignoreFields'>;
  vocab: FeatureVocabulary;
  loaded: { data: BacktestData; ids: Int32Array; exampleIds: readonly number[]; sourceFields: string[] };
}

/** The job worker's named tasks (jobs/job-worker.ts implements them). */
export interface JobTasks {
  /** Opens the worker's connection: a start made ahead of the first real task. */
  open(task: Record<string, never>): Promise<Result<null>>;
  /** completeJob (db/queries/jobs.ts) in one transaction on the worker's connection. */
  complete(task: CompleteTask): Promise<Result<void>>;
  /** diagnoseLoaded (engine/seed-diagnostics.ts) on the worker's connection. */
  diagnose(task: DiagnoseTask): Promise<Result<SeedDiagnosticsDto>>;
  /** applyDuplicateMerge (services/duplicates-service.ts): one transaction on the worker's connection. */
  merge(task: MergeTask): Promise<Result<MergeResultDto>>;
  /** applyUndoMerge (services/duplicates-service.ts): one transaction on the worker's connection. */
  undoMerge(task: UndoMergeTask): Promise<Result<UndoMergeResultDto>>;
}

export interface JobPool {
  /** Starts the thread and its connection now, if not started (from source, loading the TypeScript takes seconds). */
  warm(): void;
  complete(task: CompleteTask): Promise<void>;
  diagnose(task: DiagnoseTask): Promise<SeedDiagnosticsDto>;
  merge(task: MergeTask): Promise<MergeResultDto>;
  undoMerge(task: UndoMergeTask): Promise<UndoMergeResultDto>;
  /** Resolves when no write (a job's save, a merge or its undo) is running on the worker (at once when none is); never rejects. */
  savesSettled(): Promise<void>;
  close(): Promise<void>;
}

export interface JobPoolOptions extends JobWorkerData {
  /** The worker module; defaults to the built job-worker.js beside the bundle, else the source bootstrap. */
  workerFile?: string;
}

/** The built job-worker.js when this code runs bundled, else the source bootstrap. */
export function defaultJobWorkerFile(): string {
  return workerFileOf('job-worker.js', new URL('./job-worker.bootstrap.mjs', import.meta.url));
}

/** One thread (compute/workspace-thread.ts): jobs run one at a time. */
export function createJobPool(options: JobPoolOptions): JobPool {
  const thread = workspaceThread<keyof JobTasks>(() => options.workerFile ?? defaultJobWorkerFile(), options);
  // The writes sent to the worker and not yet ended; the thread runs them one after another.
  let saving: Promise<void> | null = null;
  const write = <T>(name: 'complete' | 'merge' | 'undoMerge', task: unknown): Promise<T> => {
    const done = thread.run<T>(name, task);
    const ended = done.then(
      () => undefined,
      () => undefined,
    );
    const settled = saving ? Promise.all([saving, ended]).then(() => undefined) : ended;
    saving = settled;
    void settled.then(() => {
      if (saving === settled) saving = null;
    });
    return done;
  };
  return {
    warm: thread.warm,
    complete: (task) => write('complete', task),
    merge: (task) => write('merge', task),
    undoMerge: (task) => write('undoMerge', task),
    savesSettled: () => saving ?? Promise.resolve(),
    diagnose: (task) => thread.run('diagnose', task),
    close: thread.close,
  };
}

const attached = new WeakMap<Database.Database, JobPool>();

/**
 * Gives a workspace connection its job worker (openAppServices does, for the
 * window, the web host and the command line). Each write sent through it
 * first frees the connection's page cache, which the worker's commit voids
 * anyway: freed now it costs a millisecond, freed at the next read after the
 * write a stall of the window (db/page-cache.ts releasePageCache).
 */
export function attachJobPool(db: Database.Database, pool: JobPool): void {
  const released =
    <T, R>(write: (task: T) => Promise<R>) =>
    async (task: T): Promise<R> => {
      await releasePageCache(db);
      return write(task);
    };
  attached.set(db, { ...pool, complete: released(pool.complete), merge: released(pool.merge), undoMerge: released(pool.undoMerge) });
}

export function detachJobPool(db: Database.Database): void {
  attached.delete(db);
}

/** Resolves once the workspace's job worker holds no write lock (at once without a worker). */
export function jobSavesSettled(db: Database.Database): Promise<void> {
  return attached.get(db)?.savesSettled() ?? Promise.resolve();
}

/** The job worker of a workspace connection, or null: then a job saves and checks on the calling thread. */
export function jobPoolOf(db: Database.Database): JobPool | null {
  return attached.get(db) ?? null;
}
