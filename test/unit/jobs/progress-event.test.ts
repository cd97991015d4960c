import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../../src-main/jobs/job-events';
import { toProgressEvent } from '../../../src-main/jobs/progress-event';

const progress = (phase: Extract<JobEvent, { type: 'phase-progress' }>['phase'], processed: number, total: number): JobEvent => ({ type: 'phase-progress', jobId: 7, phase, processed, total });

describe('the window\'s job progress from pipeline events', () => {
  it('names the four phases the window knows, as a running job', () => {
    expect(toProgressEvent(progress('embed', 10, 100))).toEqual({ jobId: 7, status: 'running', phase: 'embedding', processed: 10, total: 100 });
    expect(toProgressEvent(progress('score', 0, 100))).toEqual({ jobId: 7, status: 'running', phase: 'scoring', processed: 0, total: 100 });
    expect(toProgressEvent(progress('save', 100, 100))).toEqual({ jobId: 7, status: 'running', phase: 'saving', processed: 100, total: 100 });
    expect(toProgressEvent(progress('backtest', 0, 1))).toEqual({ jobId: 7, status: 'running', phase: 'backtest', processed: 0, total: 1 });
  });

  it('passes the other phases, a phase\'s start and end, and the job\'s end without an event', () => {
    expect(toProgressEvent(progress('vocabulary', 1, 2))).toBeNull();
    expect(toProgressEvent({ type: 'phase-started', jobId: 7, phase: 'embed' })).toBeNull();
    expect(toProgressEvent({ type: 'phase-finished', jobId: 7, phase: 'embed', elapsedMs: 5 })).toBeNull();
    expect(toProgressEvent({ type: 'job-failed', jobId: 7, status: 'failed', code: 'internal', message: 'x' })).toBeNull();
  });
});
