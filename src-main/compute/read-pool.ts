/**
 * The read worker: one worker thread with its own read-only connection to
 * the workspace file, which runs the reads too slow for the request path —
 * the comparison of a few records with a job's examples, a job's coverage
 * step and the preview of a file to import. better-sqlite3 is synchronous,
 * so on the main thread such a read stops the window's IPC and the web host
 * from answering anything else until it ends (issue 11, item 6: a 5,000-column
 * workspace held the host 15.6 s). WAL lets the worker's connection read
 * while the main connection writes; it sees what was committed.
 *
 * The tasks themselves live in services/read-worker.ts (the work floor that
 * may read the database); this module only starts the thread, names the
 * tasks and turns their answers back into results or AppErrors.
 *
 * Which workspaces have one: the app's services attach a pool to their
 * workspace connection (`attachReadPool`), and the code that reads slowly
 * asks `readPoolOf(db)`; without one (a bare connection in a test, a tool
 * that opened the file itself) the same function runs on the calling thread.
 */
import type Database from 'better-sqlite3';
import type { CandidateComparison, CoverageGapDto, Entity, ImportFileRef, ImportPreviewDto, ImportStartRequest } from '../contract/dto';
import type { Result } from '../contract/errors';
import type { DuplicatesPreviewDto } from '../contract/duplicates';
import { JsonText } from '../contract/json-text';
import { workerFileOf, workspaceThread, type WorkspaceThreadData } from './workspace-thread';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import type { PositiveSet, PositivesOptions, SourceRef } from '../engine/sources';

/** What the worker thread is told when it starts: the workspace file, opened read-only. */
export type ReadWorkerData = WorkspaceThreadData;

export interface CompareTask {
  jobId: number;
  ids: number[];
}

export interface CoverageTask {
  entity: Entity;
  vocab: FeatureVocabulary;
  examples: { ids: readonly number[]; weights: readonly number[] };
}

export interface PositivesTask {
  source: SourceRef;
  options: PositivesOptions;
}

export interface VocabularyTask {
  entity: Entity;
  options: { dim: number; ignoreFields: string[] };
}

export interface PreviewTask {
  /** A path the caller was allowed to read (services/imports-service.ts decides). */
  path: string;
  /** How to read it: the request's choices (entity, overrides…) without its file reference. */
  options: Omit<ImportStartRequest, 'path' | 'uploadId'>;
  /** The request's file reference, handed back in the preview. */
  source: ImportFileRef;
}

/** The read worker's named tasks (services/read-worker.ts implements them). */
export interface ReadTasks {
  /** Opens the worker's connection: a start made ahead of the first real task. */
  open(task: Record<string, never>): Promise<Result<null>>;
  compare(task: CompareTask): Promise<Result<CandidateComparison>>;
  coverageGaps(task: CoverageTask): Promise<Result<CoverageGapDto[]>>;
  /** A job's examples and their weights (engine/sources.ts), read in its source phase. */
  positives(task: PositivesTask): Promise<Result<PositiveSet>>;
  /** A fresh vocabulary from the workspace's data (engine/vocabulary.ts), built in a job's vocabulary phase. */
  vocabulary(task: VocabularyTask): Promise<Result<{ vocab: FeatureVocabulary; version: string }>>;
  /** The preview as JSON text (contract/json-text.ts): a wide file's is megabytes, cheaper to move as one string. */
  preview(task: PreviewTask): Promise<Result<string>>;
  /** The duplicate leads and companies an older workspace holds (services/duplicates-service.ts). */
  duplicates(task: Record<string, never>): Promise<Result<DuplicatesPreviewDto>>;
}

export interface ReadPool {
  /**
   * Starts the thread and its connection now, if not started, so the next task
   * does not wait for them (from source, loading the TypeScript takes seconds).
   */
  warm(options?: { expected?: boolean }): void;
  /** Whether the thread is up and answering (compute/workspace-thread.ts), so a quick read gains by going to it. */
  ready(): boolean;
  /** Whether a job's read should go to the thread: up, or warmed at open and coming up (then this waits for it). */
  usable(): Promise<boolean>;
  compare(task: CompareTask): Promise<CandidateComparison>;
  coverageGaps(task: CoverageTask): Promise<CoverageGapDto[]>;
  positives(task: PositivesTask): Promise<PositiveSet>;
  vocabulary(task: VocabularyTask): Promise<{ vocab: FeatureVocabulary; version: string }>;
  preview(task: PreviewTask): Promise<JsonText<ImportPreviewDto>>;
  duplicates(): Promise<DuplicatesPreviewDto>;
  close(): Promise<void>;
}

export interface ReadPoolOptions extends ReadWorkerData {
  /** The worker module; defaults to the built read-worker.js beside the bundle, else the source bootstrap. */
  workerFile?: string;
}

/** The built read-worker.js when this code runs bundled, else the source bootstrap. */
export function defaultReadWorkerFile(): string {
  return workerFileOf('read-worker.js', new URL('../services/read-worker.bootstrap.mjs', import.meta.url));
}

/**
 * One thread (compute/workspace-thread.ts): the tasks are a person's clicks,
 * seldom two at once, and a second connection each would only compete for
 * the same pages.
 */
export function createReadPool(options: ReadPoolOptions): ReadPool {
  const thread = workspaceThread<keyof ReadTasks>(() => options.workerFile ?? defaultReadWorkerFile(), options);
  return {
    warm: thread.warm,
    ready: thread.ready,
    usable: thread.usable,
    compare: (task) => thread.run('compare', task),
    coverageGaps: (task) => thread.run('coverageGaps', task),
    positives: (task) => thread.run('positives', task),
    vocabulary: (task) => thread.run('vocabulary', task),
    preview: async (task) => new JsonText<ImportPreviewDto>(await thread.run<string>('preview', task)),
    duplicates: () => thread.run('duplicates', {}),
    close: thread.close,
  };
}

const attached = new WeakMap<Database.Database, ReadPool>();

/** Gives a workspace connection its read worker (openAppServices does, for the window, the web host and the command line). */
export function attachReadPool(db: Database.Database, pool: ReadPool): void {
  attached.set(db, pool);
}

export function detachReadPool(db: Database.Database): void {
  attached.delete(db);
}

/** The read worker of a workspace connection, or null: then slow reads run on the calling thread. */
export function readPoolOf(db: Database.Database): ReadPool | null {
  return attached.get(db) ?? null;
}
