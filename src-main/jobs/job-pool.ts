/**
 * The job worker: one worker thread with its own read-write connection to
 * the workspace file, which runs a job's database work too heavy for the
 * request path — saving its results and checking its examples (the tasks
 * live in job-worker.ts). better-sqlite3 is synchronous: on the main
 * thread a 50k-candidate save held the window's IPC and the web host for
 * tens of seconds (issue 11, item 6).
 *
 * Which workspaces have one: the app's services attach it to their
 * workspace connection (`attachJobPool`), and the job's phases ask
 * `jobPoolOf(db)`; without one (a bare connection in a test, the command
 * line's own tools) the same functions run on the calling thread.
 *
 * While it saves, the worker holds the workspace's write lock. A write on
 * the main connection meanwhile would sleep the main thread in SQLite's
 * busy handler (frozen, then "busy" after the timeout), so the API's writes
 * first await `savesSettled` (services/api.ts): they wait without blocking
 * anything, and reads are answered at once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { Piscina } from 'piscina';
import type { SeedDiagnosticsDto } from '../contract/dto';
import { AppError, type Result } from '../contract/errors';
import type { JobResults } from '../db/queries/jobs';
import type { SourceSpec } from '../engine/backtest-data';
import type { BacktestData } from '../../src-model/backtest/backtest';
import type { FeatureVocabulary } from '../../src-model/embed/types';

/** What the worker thread is told when it starts. */
export interface JobWorkerData {
  /** The workspace file, opened read-write by the worker. */
  workspacePath: string;
  /** The SQLite addon the desktop shell loads instead of Node's build (db/workspace.ts). */
  nativeBinding?: string;
}

export interface CompleteTask {
  jobId: number;
  results: JobResults;
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
}

export interface JobPool {
  /** Starts the thread and its connection now, if not started (from source, loading the TypeScript takes seconds). */
  warm(): void;
  complete(task: CompleteTask): Promise<void>;
  diagnose(task: DiagnoseTask): Promise<SeedDiagnosticsDto>;
  /** Resolves when no save is running on the worker (at once when none is); never rejects. */
  savesSettled(): Promise<void>;
  close(): Promise<void>;
}

export interface JobPoolOptions extends JobWorkerData {
  /** The worker module; defaults to the built job-worker.js beside the bundle, else the source bootstrap. */
  workerFile?: string;
}

/** The built worker when this code runs bundled (out/main/), else the source bootstrap that loads TypeScript through tsx. */
export function defaultJobWorkerFile(): string {
  // Bundled, this module sits in out/main/index.js or in a chunk under out/main/chunks/.
  for (const built of ['./job-worker.js', '../job-worker.js'].map((p) => fileURLToPath(new URL(p, import.meta.url)))) {
    if (existsSync(built)) return built;
  }
  return fileURLToPath(new URL('./job-worker.bootstrap.mjs', import.meta.url));
}

/**
 * One thread: jobs run one at a time. It starts with the first task (or
 * `warm`, when a job is queued) and ends after five idle minutes; an idle
 * thread never keeps the process alive (Piscina unrefs it).
 */
export function createJobPool(options: JobPoolOptions): JobPool {
  let pool: Piscina | null = null;
  const start = () => {
    const file = options.workerFile ?? defaultJobWorkerFile();
    const workerData: JobWorkerData = { workspacePath: options.workspacePath, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
    return new Piscina({
      filename: file.startsWith('file:') ? file : pathToFileURL(file).href,
      workerData,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 5 * 60_000,
    });
  };
  const run = async <T>(name: keyof JobTasks, task: unknown): Promise<T> => answerOf((await (pool ??= start()).run(task, { name })) as Result<T>);
  // The save running on the worker, if any (jobs run one at a time, so at most one).
  let saving: Promise<void> | null = null;
  return {
    warm: () => {
      // Once per start; a failure shows on the task that needs the thread.
      if (!pool) void run('open', {}).catch(() => undefined);
    },
    complete: (task) => {
      const done = run<void>('complete', task);
      const settled = done.then(
        () => undefined,
        () => undefined,
      );
      saving = settled;
      void settled.then(() => {
        if (saving === settled) saving = null;
      });
      return done;
    },
    savesSettled: () => saving ?? Promise.resolve(),
    diagnose: (task) => run('diagnose', task),
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}

/** A task's answer: its data, or its AppError thrown again on this side. */
function answerOf<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}

const attached = new WeakMap<Database.Database, JobPool>();

/** Gives a workspace connection its job worker (openAppServices does, for the window, the web host and the command line). */
export function attachJobPool(db: Database.Database, pool: JobPool): void {
  attached.set(db, pool);
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
