/**
 * The read worker's tasks (compute/read-pool.ts starts the thread): the same
 * functions the services run on the main thread when no worker is attached,
 * here on a read-only connection of the worker's own. It reads what the main
 * connection has committed, which is all these reads need: a finished job's
 * rows, a running job's examples, the records a file to import would update.
 *
 * Answers are Results, not thrown errors: an AppError's code and details do
 * not survive the trip between threads, its data does.
 */
import { workerData } from 'node:worker_threads';
import type { ReadTasks, ReadWorkerData } from '../compute/read-pool';
import { isAppError, type Result } from '../contract/errors';
import { openWorkspace, useSqliteNativeBinding, type Workspace } from '../db/workspace';
import { measureCoverageGaps } from '../engine/coverage-gaps';
import { resolvePositives } from '../engine/sources';
import { buildVocabulary } from '../engine/vocabulary';
import { comparisonOf } from './compare-service';
import { previewDuplicates } from './duplicates-service';
import { importPreview } from './import-runner';

const { workspacePath, nativeBinding } = workerData as ReadWorkerData;
if (nativeBinding) useSqliteNativeBinding(nativeBinding);

let ws: Workspace | null = null;
/** Opened on the first task; the thread's end closes it with the thread. */
const workspace = (): Workspace => (ws ??= openWorkspace(workspacePath, { readonly: true, mustExist: true }));

async function answer<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toData() };
    throw error;
  }
}

export const open: ReadTasks['open'] = () => answer(() => (workspace(), null));

export const compare: ReadTasks['compare'] = ({ jobId, ids }) => answer(() => comparisonOf(workspace(), jobId, ids));

export const coverageGaps: ReadTasks['coverageGaps'] = ({ entity, vocab, examples }) => answer(() => measureCoverageGaps(workspace().db, entity, vocab, examples));

export const positives: ReadTasks['positives'] = ({ source, options }) => answer(() => resolvePositives(workspace().db, source, options));

export const vocabulary: ReadTasks['vocabulary'] = ({ entity, options }) => answer(() => buildVocabulary(workspace().db, entity, options));

export const preview: ReadTasks['preview'] = ({ path, options, source }) => answer(async () => JSON.stringify(await importPreview(path, options, source, workspace())));

export const duplicates: ReadTasks['duplicates'] = () => answer(() => previewDuplicates(workspace()));
