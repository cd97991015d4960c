/**
 * The review loop (issue 11, item 7): the analyst marks a finished job's
 * candidates "good fit" or "not a fit"; "Re-rank with my marks" queues a new
 * job with the same parameters (source, filters, strategy, minimum score…)
 * that learns from the good fits as extra examples and from the others as
 * counter-examples (engine/sources.ts withReviewMarks); "What moved" sets
 * the new ranking beside the one it came from.
 *
 * Marks belong to the job they were made on. A re-ranked job records the
 * marks it used in its parameters and starts with them as its own marks, so
 * the next round builds on them (and can undo them).
 */
import type { ReviewApi } from '../contract/api';
import type { JobMarksDto, MovedRecordDto, ReviewMarkValue, WhatMovedDto } from '../contract/dto';
import { AppError } from '../contract/errors';
import { getJob, jobExampleWeights, type JobRow } from '../db/queries/jobs';
import { existingIds } from '../db/queries/lists';
import { recordNames } from '../db/queries/record-rows';
import {
  biggestMoves,
  crossedTop,
  reviewMarksOf,
  setReviewMarks,
  standingsIn,
  type RankChangeRow,
  type ReviewMarkRow,
} from '../db/queries/review-marks';
import type { Workspace } from '../db/workspace';
import type { ReviewMarksUsed } from '../engine/sources';
import type { JobRunner } from '../jobs/job-runner';

/** "What moved" compares the top 50 unless asked otherwise (a page of the grid). */
export const DEFAULT_MOVED_TOP = 50;
/** Biggest rises and falls shown. */
const MOVES_SHOWN = 10;

export function reviewService(ws: Workspace, runner: Pick<JobRunner, 'rerank'>): ReviewApi {
  return {
    async 'jobs.marks'({ jobId }) {
      return jobMarks(ws, requireJob(ws, jobId));
    },
    async 'jobs.mark'({ jobId, ids, mark }) {
      return markRecords(ws, jobId, ids, mark);
    },
    async 'jobs.rerank'({ jobId }) {
      return rerankWithMarks(ws, runner, jobId);
    },
    async 'jobs.moved'({ jobId, top }) {
      return whatMoved(ws, jobId, top ?? DEFAULT_MOVED_TOP);
    },
  };
}

export function jobMarks(ws: Workspace, job: JobRow): JobMarksDto {
  const marks = reviewMarksOf(ws.db, job.id);
  const used = reviewOf(job);
  return {
    jobId: job.id,
    marks: marks.map((m) => ({ id: m.record_id, mark: m.mark })),
    ...countMarks(marks),
    rerankedFrom: used ? { jobId: used.fromJobId, good: used.good.length, notAFit: used.notAFit.length } : null,
  };
}

/** Marks (or with null unmarks) records of a completed job; every id must be a record of the job's entity and not one of its examples. */
export function markRecords(ws: Workspace, jobId: number, ids: readonly number[], mark: ReviewMarkValue | null): JobMarksDto {
  const job = requireCompleted(ws, jobId, 'mark its candidates');
  const unique = [...new Set(ids)];
  const found = existingIds(ws.db, job.entity, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError('not_found', `No ${job.entity === 'leads' ? 'lead' : 'company'} with id ${missing.slice(0, 20).join(', ')} in this workspace; nothing was marked.`, { missing });
  }
  if (mark !== null) {
    const examples = new Set(jobExampleWeights(ws.db, jobId).map((e) => e.record_id));
    const taken = unique.filter((id) => examples.has(id));
    if (taken.length) {
      throw new AppError('invalid_input', `Record ${taken.slice(0, 20).join(', ')} ${taken.length === 1 ? 'is one' : 'are'} of the examples job ${jobId} learned from; nothing was marked.`);
    }
  }
  setReviewMarks(ws.db, jobId, unique, mark);
  return jobMarks(ws, job);
}

/** The marks a re-ranking of `job` learns from: its own, split by verdict, in id order. */
export function marksToUse(job: Pick<JobRow, 'id'>, marks: readonly Pick<ReviewMarkRow, 'record_id' | 'mark'>[]): ReviewMarksUsed {
  const of = (mark: ReviewMarkValue) => marks.filter((m) => m.mark === mark).map((m) => m.record_id).sort((a, b) => a - b);
  return { fromJobId: job.id, good: of('good'), notAFit: of('not_a_fit') };
}

/** Queues the job again learning from its marks; the new job starts with the same marks as its own. */
export function rerankWithMarks(ws: Workspace, runner: Pick<JobRunner, 'rerank'>, jobId: number): { jobId: number } {
  const job = requireCompleted(ws, jobId, 're-rank it');
  const review = marksToUse(job, reviewMarksOf(ws.db, jobId));
  if (review.good.length + review.notAFit.length === 0) {
    throw new AppError('invalid_input', `Job ${jobId} has no marks yet: mark candidates a good fit or not a fit, then re-rank.`);
  }
  const queued = runner.rerank(jobId, review);
  ws.db.transaction(() => {
    setReviewMarks(ws.db, queued.jobId, review.good, 'good');
    setReviewMarks(ws.db, queued.jobId, review.notAFit, 'not_a_fit');
  })();
  return queued;
}

/** The marked records' new standing, the top `top` entered and left, and the biggest rises and falls. */
export function whatMoved(ws: Workspace, jobId: number, top: number): WhatMovedDto {
  const job = requireCompleted(ws, jobId, 'see what it moved');
  const review = reviewOf(job);
  if (!review) throw new AppError('invalid_input', `Job ${jobId} was not re-ranked with marks; "What moved" compares a re-ranked job with the job it came from.`);
  const from = getJob(ws.db, review.fromJobId);
  if (!from) throw new AppError('not_found', `Job ${review.fromJobId}, which job ${jobId} was re-ranked from, was deleted.`);

  const markOf = new Map<number, ReviewMarkValue>([...review.good.map((id) => [id, 'good'] as const), ...review.notAFit.map((id) => [id, 'not_a_fit'] as const)]);
  const markedIds = [...markOf.keys()];
  const before = new Map(standingsIn(ws.db, from.id, markedIds).map((s) => [s.record_id, s]));
  const after = new Map(standingsIn(ws.db, job.id, markedIds).map((s) => [s.record_id, s]));
  const markedRows: RankChangeRow[] = markedIds.map((id) => ({
    record_id: id,
    old_rank: before.get(id)?.rank ?? null,
    old_score: before.get(id)?.score ?? null,
    new_rank: after.get(id)?.rank ?? null,
    new_score: after.get(id)?.score ?? null,
  }));
  const groups = {
    marked: markedRows.sort(byStanding),
    entered: crossedTop(ws.db, from.id, job.id, top, 'entered'),
    left: crossedTop(ws.db, from.id, job.id, top, 'left'),
    rises: biggestMoves(ws.db, from.id, job.id, 'rise', MOVES_SHOWN),
    falls: biggestMoves(ws.db, from.id, job.id, 'fall', MOVES_SHOWN),
  };
  const everyone = [...new Set(Object.values(groups).flatMap((rows) => rows.map((r) => r.record_id)))];
  const names = new Map(recordNames(ws.db, job.entity, everyone).map((n) => [n.id, n.name]));
  const examples = new Set(jobExampleWeights(ws.db, job.id).map((e) => e.record_id));
  const toDto = (r: RankChangeRow): MovedRecordDto => ({
    id: r.record_id,
    name: names.get(r.record_id) ?? null,
    oldRank: r.old_rank,
    oldScore: r.old_score,
    newRank: r.new_rank,
    newScore: r.new_score,
    mark: markOf.get(r.record_id) ?? null,
    nowExample: r.new_rank === null && examples.has(r.record_id),
    leftOut: r.new_rank === null && markOf.get(r.record_id) === 'not_a_fit',
  });
  return {
    jobId: job.id,
    fromJobId: from.id,
    entity: job.entity,
    top,
    marked: groups.marked.map(toDto),
    entered: groups.entered.map(toDto),
    left: groups.left.map(toDto),
    rises: groups.rises.map(toDto),
    falls: groups.falls.map(toDto),
  };
}

/** Ranked first (best new rank first), then those the new job did not keep, by their old rank. */
function byStanding(a: RankChangeRow, b: RankChangeRow): number {
  const rank = (r: RankChangeRow) => r.new_rank ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || (a.old_rank ?? Number.MAX_SAFE_INTEGER) - (b.old_rank ?? Number.MAX_SAFE_INTEGER) || a.record_id - b.record_id;
}

function countMarks(marks: readonly Pick<ReviewMarkRow, 'mark'>[]): { good: number; notAFit: number } {
  let good = 0;
  for (const m of marks) if (m.mark === 'good') good++;
  return { good, notAFit: marks.length - good };
}

/** The marks a job was re-ranked with, from its stored parameters (null for a job run from its source alone). */
function reviewOf(job: JobRow): ReviewMarksUsed | null {
  try {
    const review = (JSON.parse(job.params) as { review?: ReviewMarksUsed | null }).review;
    return review && Array.isArray(review.good) && Array.isArray(review.notAFit) ? review : null;
  } catch {
    return null;
  }
}

function requireJob(ws: Workspace, jobId: number): JobRow {
  const job = getJob(ws.db, jobId);
  if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
  return job;
}

function requireCompleted(ws: Workspace, jobId: number, toDo: string): JobRow {
  const job = requireJob(ws, jobId);
  if (job.status !== 'completed') throw new AppError('conflict', `Job ${jobId} is ${job.status}; ${toDo} once it has completed.`);
  return job;
}
