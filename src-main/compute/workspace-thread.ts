/**
 * One worker thread with its own connection to a workspace file: what the
 * read worker (compute/read-pool.ts) and the job worker (jobs/job-pool.ts)
 * are each built on. This module starts the thread when the first task
 * comes (or on `warm`), runs named tasks on it and turns their answers back
 * into data or AppErrors; what the tasks do lives with each worker.
 *
 * One thread, started lazily, ending after five idle minutes: from source,
 * loading the TypeScript takes it a second or two (bundled, a blink), and an
 * idle thread never keeps the process alive (Piscina unrefs it), so the
 * command line exits as before.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { AppError, type Result } from '../contract/errors';

/** What a workspace thread is told when it starts. */
export interface WorkspaceThreadData {
  /** The workspace file the worker opens. */
  workspacePath: string;
  /** The SQLite addon the desktop shell loads instead of Node's build (db/workspace.ts). */
  nativeBinding?: string;
}

export interface WorkspaceThread<TaskName extends string> {
  run<T>(name: TaskName, task: unknown): Promise<T>;
  /**
   * Starts the thread and its connection now, if not started, with the worker's `open` task.
   * `expected`: the app started it to use it (the window and the web host, at open), so `usable` waits for it.
   */
  warm(options?: { expected?: boolean }): void;
  /**
   * Whether the thread is up and has answered a task: work that is quick on
   * the calling thread can go to it then without waiting seconds for a start
   * (from source, loading the TypeScript), and stay where it is otherwise.
   */
  ready(): boolean;
  /**
   * Whether a task that could run on the calling thread should go to this one:
   * it is ready, or the app warmed it to use it and it is coming up, in which
   * case this waits for it (up to WARM_WAIT_MS). A thread started only now (the
   * command line's first job) is not waited for: from source its start costs the
   * job seconds.
   */
  usable(): Promise<boolean>;
  close(): Promise<void>;
}

/** How long `usable` waits for an expected thread to come up (from source, 2–3 s; bundled, a blink). */
export const WARM_WAIT_MS = 10_000;

/**
 * The built worker (`builtName`, beside the bundle in out/main/) when this
 * code runs bundled, else `sourceBootstrap`, which loads the TypeScript
 * through tsx.
 */
export function workerFileOf(builtName: string, sourceBootstrap: URL): string {
  // Bundled, this module sits in out/main/index.js or in a chunk under out/main/chunks/.
  for (const built of [`./${builtName}`, `../${builtName}`].map((p) => fileURLToPath(new URL(p, import.meta.url)))) {
    if (existsSync(built)) return built;
  }
  return fileURLToPath(sourceBootstrap);
}

export function workspaceThread<TaskName extends string>(workerFile: () => string, data: WorkspaceThreadData): WorkspaceThread<TaskName | 'open'> {
  let pool: Piscina | null = null;
  /** The pool whose thread has answered a task (a thread ended after its idle time is started again, cold). */
  let answered: Piscina | null = null;
  const start = () => {
    const file = workerFile();
    const workerData: WorkspaceThreadData = { workspacePath: data.workspacePath, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) };
    return new Piscina({
      filename: file.startsWith('file:') ? file : pathToFileURL(file).href,
      workerData,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 5 * 60_000,
    });
  };
  const run = async <T>(name: string, task: unknown): Promise<T> => {
    const current = (pool ??= start());
    let result: Result<T>;
    try {
      result = (await current.run(task, { name })) as Result<T>;
      answered = current;
    } catch (error) {
      // The thread was ended under the task (the workspace closed, the window went): the caller is told it was
      // cancelled, not that something broke.
      if (pool !== current) throw new AppError('cancelled', 'The workspace was closed before this finished.');
      throw error;
    }
    return answerOf(result);
  };
  /** The expected start's `open` task, settling true once the thread answers it (false if it failed). */
  let expected: { pool: Piscina; up: Promise<boolean> } | null = null;
  const ready = () => pool !== null && answered === pool && pool.threads.length > 0;
  return {
    run,
    ready,
    warm: (options = {}) => {
      // Once per start; a failure shows on the task that needs the thread.
      if (!pool) {
        const up = run('open', {}).then(
          () => true,
          () => false,
        );
        if (options.expected) expected = { pool: pool!, up };
      }
    },
    async usable() {
      if (ready()) return true;
      if (expected === null || expected.pool !== pool) return false;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, WARM_WAIT_MS, false)));
      try {
        return (await Promise.race([expected.up, late])) && ready();
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}

/** A task's answer: its data, or its AppError thrown again on this side (an Error crossing threads keeps only its message). */
function answerOf<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new AppError(result.error.code, result.error.message, result.error.details);
}
