import { describe, expect, it } from 'vitest';
import type { JobProgressEvent, JobSummaryDto } from '../../../src-main/contract/dto';
import { phaseLabel, progressPercent, withLiveProgress } from '../../../src-renderer/src/features/jobs/job-progress';

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
});
