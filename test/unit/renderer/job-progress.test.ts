import { describe, expect, it } from 'vitest';
import type { JobProgressEvent, JobSummaryDto } from '../../../src-main/contract/dto';
import {
  applyProgressEvent,
  formatTimeLeft,
  jobEndTitle,
  jobPercent,
  phaseLabel,
  progressPercent,
  withLiveProgress,
} from '../../../src-renderer/src/features/jobs/job-progress';
import { withQueuedJob } from '../../../src-renderer/src/features/jobs/mutations';

const job = (id: number, status: JobSummaryDto['status'], processed = 0, total = 0): JobSummaryDto => ({
  id,
  entity: 'leads',
  status,
  source: { kind: 'list', id: 1, name: 'Won' },
  positives: 10,
  candidates: 0,
  progress: { processed, total },
  error: null,
  createdAt: '2026-11-26T08:00:00Z',
  startedAt: null,
  finishedAt: null,
});
const event = (jobId: number, status: JobProgressEvent['status'], processed: number, total: number): JobProgressEvent => ({ jobId, status, phase: 'embedding', processed, total });

describe('live job progress', () => {
  it('lays the latest pushed progress over a listed job that has not ended', () => {
    const live = new Map([[2, event(2, 'running', 500, 1000)]]);
    const [a, b] = withLiveProgress([job(1, 'completed', 10, 10), job(2, 'pending')], live);
    expect(a).toMatchObject({ status: 'completed', progress: { processed: 10, total: 10 } });
    expect(b).toMatchObject({ status: 'running', progress: { processed: 500, total: 1000 } });
  });

  it('never lets a late progress event reopen a job the list shows as ended', () => {
    const live = new Map([[3, event(3, 'running', 900, 1000)]]);
    expect(withLiveProgress([job(3, 'cancelled', 400, 1000)], live)[0]).toMatchObject({ status: 'cancelled', progress: { processed: 400 } });
  });

  it('keeps a completed job completed while its backtest runs, and says it is checking the ranking', () => {
    const backtest: JobProgressEvent = { jobId: 4, status: 'running', phase: 'backtest', processed: 0, total: 1 };
    const [listed] = withLiveProgress([job(4, 'completed', 10, 10)], new Map([[4, backtest]]));
    expect(listed).toMatchObject({ status: 'completed', phase: 'backtest', progress: { processed: 10, total: 10 } });
    const [running] = withLiveProgress([job(4, 'running')], new Map([[4, backtest]]));
    expect(running).toMatchObject({ status: 'running', phase: 'backtest' });
    const [ended] = withLiveProgress([job(4, 'completed')], new Map([[4, { ...backtest, status: 'completed' as const, phase: null }]]));
    expect(ended?.phase).toBeNull();
    expect(phaseLabel('backtest')).toBe('checking the ranking');
    expect(phaseLabel(null)).toBeNull();
  });

  it('turns progress into a whole percentage, and says nothing before there is a total', () => {
    expect(progressPercent({ processed: 1, total: 3 })).toBe(33);
    expect(progressPercent({ processed: 5, total: 4 })).toBe(100);
    expect(progressPercent({ processed: 0, total: 0 })).toBeNull();
  });

  it('carries the step in words, the time left and the overall percentage of a running job', () => {
    const running: JobProgressEvent = {
      jobId: 5,
      status: 'running',
      phase: 'embedding',
      processed: 412_000,
      total: 1_000_000,
      step: 'embed',
      stepLabel: 'Embedding 412,000 of 1,000,000 records',
      remainingMs: 42_000,
      overall: 0.174,
    };
    const [row] = withLiveProgress([job(5, 'running')], new Map([[5, running]]));
    expect(row).toMatchObject({ stepLabel: 'Embedding 412,000 of 1,000,000 records', remainingMs: 42_000, overallPercent: 17 });
    // The bar follows the whole job, not the step's own count.
    expect(jobPercent(row!)).toBe(17);
    // An event from before steps were named still says its phase.
    const [old] = withLiveProgress([job(5, 'running')], new Map([[5, event(5, 'running', 1, 2)]]));
    expect(old).toMatchObject({ stepLabel: 'reading records', remainingMs: null, overallPercent: null });
    expect(jobPercent(old!)).toBe(50);
    // Queued: nothing running to show.
    const [queued] = withLiveProgress([job(5, 'pending')], new Map([[5, { jobId: 5, status: 'pending' as const, phase: null, processed: 0, total: 0 }]]));
    expect(queued).toMatchObject({ status: 'pending', stepLabel: null, overallPercent: null });
  });

  it('names the check a completed job is running (the examples, then the backtest)', () => {
    const check: JobProgressEvent = { jobId: 6, status: 'running', phase: 'backtest', processed: 0, total: 0, step: 'diagnostics', stepLabel: 'Checking the examples', overall: 0.9 };
    const [row] = withLiveProgress([job(6, 'completed', 10, 10)], new Map([[6, check]]));
    expect(row).toMatchObject({ status: 'completed', phase: 'backtest', stepLabel: 'Checking the examples', progress: { processed: 10, total: 10 } });
  });

  it('never lets the overall bar go back, whatever order events arrive in', () => {
    const at = (overall: number, status: JobProgressEvent['status'] = 'running'): JobProgressEvent => ({ jobId: 8, status, phase: 'scoring', processed: 0, total: 0, overall });
    let live = applyProgressEvent(new Map(), at(0.5));
    live = applyProgressEvent(live, at(0.3));
    expect(live.get(8)?.overall).toBe(0.5);
    live = applyProgressEvent(live, at(0.7));
    expect(live.get(8)?.overall).toBe(0.7);
    // The job's end replaces it whole.
    live = applyProgressEvent(live, { jobId: 8, status: 'completed', phase: null, processed: 10, total: 10 });
    expect(live.get(8)).toEqual({ jobId: 8, status: 'completed', phase: null, processed: 10, total: 10 });
  });

  it('says the time left roughly, and nothing when it is unknown', () => {
    expect(formatTimeLeft(undefined)).toBeNull();
    expect(formatTimeLeft(null)).toBeNull();
    expect(formatTimeLeft(2_000)).toBe('a few seconds left');
    expect(formatTimeLeft(42_000)).toBe('about 45 s left');
    expect(formatTimeLeft(185_000)).toBe('about 3 min left');
    expect(formatTimeLeft(3_900_000)).toBe('about 1 h 5 min left');
  });

  it('titles a job\'s end for the tab and the notification', () => {
    expect(jobEndTitle(12, 'completed')).toBe('✓ Job 12 done');
    expect(jobEndTitle(12, 'failed')).toBe('✗ Job 12 failed');
    expect(jobEndTitle(12, 'cancelled')).toBe('Job 12 cancelled');
    expect(jobEndTitle(12, 'running')).toBeNull();
  });

  it('shows a just-queued job at the top of the cached list from the start\'s answer, once', () => {
    const listed = [job(1, 'completed', 10, 10)];
    const request = { source: { kind: 'campaign' as const, id: 1 }, minScore: 0, maxResults: 25 };
    const now = new Date('2026-12-01T10:00:00Z');
    const next = withQueuedJob(listed, 2, request, { name: 'sales_pipeline.csv', entity: 'leads' }, now)!;
    expect(next.map((j) => [j.id, j.status])).toEqual([
      [2, 'pending'],
      [1, 'completed'],
    ]);
    expect(next[0]).toMatchObject({ source: { kind: 'campaign', id: 1, name: 'sales_pipeline.csv' }, createdAt: '2026-12-01T10:00:00.000Z' });
    expect(withQueuedJob(next, 2, request, { name: 'x', entity: 'leads' })).toBe(next);
    expect(withQueuedJob(undefined, 2, request, { name: 'x', entity: 'leads' })).toBeUndefined();
  });
});
