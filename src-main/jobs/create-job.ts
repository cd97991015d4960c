/**
 * A job's stored row: a request checked and saved as a pending job, or a
 * finished job copied to run again. Nothing runs here (pipeline.ts does).
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { AppError } from '../contract/errors';
import { getJob, insertJob } from '../db/queries/jobs';
import { checkConditionFields } from '../db/queries/record-filter';
import { DEFAULT_JOB_PARAMS, type JobParams } from '../engine/job-params';
import { checkedSourceName, type ReviewMarksUsed } from '../engine/sources';
import { embeddingLayout, LayoutError } from '../../src-model/embed/layout';

export type JobRequest = Pick<JobParams, 'source'> & Partial<Omit<JobParams, 'source'>>;

/** Checks a request (every value, the filters' fields, that the source exists) and stores it as a pending job. */
export function createJob(db: Database.Database, request: JobRequest): number {
  const entity: Entity = request.entity ?? 'leads';
  const params: JobParams = { ...DEFAULT_JOB_PARAMS, ...request, entity };
  if (!(params.minScore >= 0 && params.minScore <= 1)) throw new AppError('invalid_input', `min score must be between 0 and 1, got ${params.minScore}.`);
  if (!Number.isInteger(params.maxResults) || params.maxResults < 1) throw new AppError('invalid_input', `max results must be a positive whole number, got ${params.maxResults}.`);
  try {
    embeddingLayout(params.dim);
  } catch (e) {
    if (e instanceof LayoutError) throw new AppError('invalid_input', e.message);
    throw e;
  }
  checkConditionFields(db, entity, params.filters); // a bad value or unknown field fails now, not half-way through the job
  const sourceName = checkedSourceName(db, params.source, entity);
  return insertJob(db, { entity, sourceKind: params.source.kind, sourceId: params.source.id, sourceName, params });
}

/**
 * A new pending job with the parameters of job `jobId` (which must have
 * finished: completed, failed, cancelled or interrupted), for running again;
 * `ignoreFields` are left out on top of the ones the job already ignored;
 * `review`, the analyst's marks, replaces any the job learned from; `minScore` replaces its minimum
 * (a job whose minimum kept nothing, run again with one its best record reaches).
 */
export function copyJob(
  db: Database.Database,
  jobId: number,
  changes: { ignoreFields?: readonly string[]; review?: ReviewMarksUsed; minScore?: number } = {},
): number {
  const job = getJob(db, jobId);
  if (!job) throw new AppError('not_found', `No job ${jobId}.`);
  if (job.status === 'pending' || job.status === 'running') throw new AppError('conflict', `Job ${jobId} is still ${job.status}; wait for it or cancel it first.`);
  const params = JSON.parse(job.params) as JobParams;
  const ignoreFields = [...new Set([...(params.ignoreFields ?? []), ...(changes.ignoreFields ?? [])])];
  const review = changes.review ?? params.review ?? null;
  const minScore = changes.minScore ?? params.minScore;
  return createJob(db, { ...params, minScore, ignoreFields, review, entity: job.entity, source: { kind: job.source_kind, id: job.source_id } });
}
