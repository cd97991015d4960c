/**
 * The Piscina pool that runs embedding and scoring off the main thread. The
 * worker file is injected: the shell passes the bundled out/main/worker.js,
 * tests and the CLI the source bootstrap (which loads TypeScript through tsx).
 * The queue is bounded so a million-record job cannot pile up unbounded
 * task payloads in memory.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type {
  EmbedPageResult,
  EmbedPageTask,
  FailTask,
  PrepassResult,
  PrepassTask,
  QuantizeTask,
  RescoreBestTask,
  RescoreTask,
  ScoreResult,
  StoreScoreTask,
  BacktestTask,
  TrainResult,
  TrainTask,
} from '../../src-workers/protocol';
import type { BacktestResult } from '../../src-model/backtest/backtest';
import type { BestTopK } from '../../src-model/vector-search/exact-rescore';

export interface ComputePool {
  /**
   * Has every worker load the embedding code now, ahead of a job's first page. Nothing need wait for it:
   * it settles true once each has, false if one could not (only a missed head start: embedPage loads it too).
   */
  prepareEmbedding(): Promise<boolean>;
  embedPage(task: EmbedPageTask, signal?: AbortSignal): Promise<EmbedPageResult>;
  /** Float-store tasks (the whole matrix in memory): the scoring-kernel benchmark's path; jobs keep codes only. */
  quantize(task: QuantizeTask, signal?: AbortSignal): Promise<number>;
  scoreStore(task: StoreScoreTask, signal?: AbortSignal): Promise<ScoreResult>;
  prepass(task: PrepassTask, signal?: AbortSignal): Promise<PrepassResult>;
  rescore(task: RescoreTask, signal?: AbortSignal): Promise<ScoreResult>;
  rescoreBest(task: RescoreBestTask, signal?: AbortSignal): Promise<BestTopK>;
  /** Trains a ranking strategy on embeddings moved to the worker. */
  train(task: TrainTask, signal?: AbortSignal): Promise<TrainResult>;
  backtest(task: BacktestTask, signal?: AbortSignal): Promise<BacktestResult>;
  /** Runs the deliberately failing task (tests of failure handling). */
  fail(task: FailTask, signal?: AbortSignal): Promise<never>;
  readonly threads: number;
  close(): Promise<void>;
}

export interface ComputePoolOptions {
  /** Worker module (file path or URL). Defaults to the built worker if present, else the source bootstrap. */
  workerFile?: string;
  /** Threads; defaults to the number of cores (LOOKALIKE_THREADS overrides). */
  threads?: number;
  /** The read worker's module (compute/read-pool.ts), for tests; defaults to the built or source one. */
  readWorkerFile?: string;
  /** The job worker's module (jobs/job-pool.ts), for tests; defaults to the built or source one. */
  jobWorkerFile?: string;
}

export function defaultWorkerFile(): string {
  const built = fileURLToPath(new URL('../../out/main/worker.js', import.meta.url));
  const here = fileURLToPath(import.meta.url);
  // Bundled main code lives in out/main next to worker.js; source runs use the bootstrap.
  if (here.includes('/out/main/') && existsSync(built)) return built;
  return fileURLToPath(new URL('../../src-workers/bootstrap.mjs', import.meta.url));
}

/** A task's rows are moved to the worker, not copied; rows in shared memory are shared as they are (they cannot be moved). */
const movable = (rows: Float32Array): ArrayBuffer[] => (rows.buffer instanceof SharedArrayBuffer ? [] : [rows.buffer as ArrayBuffer]);

export function createComputePool(options: ComputePoolOptions = {}): ComputePool {
  const threads = Math.max(1, options.threads ?? (Number(process.env.LOOKALIKE_THREADS) || availableParallelism()));
  const file = options.workerFile ?? defaultWorkerFile();
  const pool = new Piscina({
    filename: file.startsWith('file:') ? file : pathToFileURL(file).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: threads * 4,
    idleTimeout: 30_000,
  });
  return {
    threads,
    prepareEmbedding: () =>
      // One task a thread: idle workers take one each.
      Promise.all(Array.from({ length: threads }, () => pool.run(null, { name: 'prepareEmbedding' }))).then(
        () => true,
        () => false,
      ),
    embedPage: (task, signal) => pool.run(task, { name: 'embedPage', signal }) as Promise<EmbedPageResult>,
    quantize: (task, signal) => pool.run(task, { name: 'quantize', signal }) as Promise<number>,
    scoreStore: (task, signal) => pool.run(task, { name: 'scoreStore', signal }) as Promise<ScoreResult>,
    prepass: (task, signal) => pool.run(task, { name: 'prepass', signal }) as Promise<PrepassResult>,
    // The candidates' vectors are moved, not copied: main read them only to send them.
    rescore: (task, signal) => pool.run(task, { name: 'rescore', signal, transferList: [task.vectors.buffer as ArrayBuffer] }) as Promise<ScoreResult>,
    rescoreBest: (task, signal) => pool.run(task, { name: 'rescoreBest', signal, transferList: [task.vectors.buffer as ArrayBuffer] }) as Promise<BestTopK>,
    train: (task, signal) => pool.run(task, { name: 'train', signal, transferList: movable(task.set.rows) }) as Promise<TrainResult>,
    backtest: (task, signal) => pool.run(task, { name: 'backtest', signal, transferList: movable(task.data.rows) }) as Promise<BacktestResult>,
    fail: (task, signal) => pool.run(task, { name: 'fail', signal }) as Promise<never>,
    close: () => pool.destroy(),
  };
}
