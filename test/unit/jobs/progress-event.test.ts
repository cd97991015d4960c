import { describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../../src-main/contract/dto';
import type { JobEvent, JobPhaseName } from '../../../src-main/jobs/job-events';
import { createProgressMapper, MIN_RATE_WINDOW_MS, stepLabel } from '../../../src-main/jobs/progress-event';

const progress = (phase: JobPhaseName, processed: number, total: number, jobId = 7): JobEvent => ({ type: 'phase-progress', jobId, phase, processed, total });
const started = (phase: JobPhaseName, jobId = 7): JobEvent => ({ type: 'phase-started', jobId, phase });
const finished = (phase: JobPhaseName, jobId = 7): JobEvent => ({ type: 'phase-finished', jobId, phase, elapsedMs: 5 });

/** A whole job as the pipeline reports it, counts where its phases count. */
function wholeJob(rows: number): JobEvent[] {
  const events: JobEvent[] = [];
  const step = (phase: JobPhaseName, counts: Array<[number, number]> = []) => {
    events.push(started(phase));
    for (const [p, t] of counts) events.push(progress(phase, p, t));
    events.push(finished(phase));
  };
  step('source');
  step('vocabulary');
  step('embed', [[0, rows], [rows / 4, rows], [rows / 2, rows], [rows, rows]]);
  step('training-set');
  step('coverage');
  step('profile');
  step('exclusions');
  step('score', [[0, rows], [rows, rows]]);
  step('reasons');
  step('save', [[rows, rows]]);
  step('diagnostics');
  step('backtest', [[0, 1]]);
  step('save', [[rows, rows]]);
  return events;
}

describe('the window\'s job progress from pipeline events', () => {
  it('names each step in words, with its counts where it counts records', () => {
    const map = createProgressMapper(() => 0);
    expect(map(started('source'))).toMatchObject({ jobId: 7, status: 'running', phase: 'embedding', step: 'source', stepLabel: 'Reading the examples' });
    expect(map(progress('embed', 412_000, 1_000_000))).toMatchObject({
      phase: 'embedding',
      step: 'embed',
      stepLabel: 'Embedding 412,000 of 1,000,000 records',
      processed: 412_000,
      total: 1_000_000,
    });
    expect(map(started('profile'))?.stepLabel).toBe('Training the ranking');
    expect(map(started('score'))).toMatchObject({ phase: 'scoring', stepLabel: 'Scoring', processed: 0, total: 0 });
    expect(map(started('reasons'))?.stepLabel).toBe('Explaining the scores');
    expect(map(started('save'))).toMatchObject({ phase: 'saving', stepLabel: 'Saving' });
    expect(map(started('diagnostics'))).toMatchObject({ phase: 'backtest', stepLabel: 'Checking the examples' });
    expect(map(progress('backtest', 0, 1))).toMatchObject({ phase: 'backtest', step: 'backtest', stepLabel: 'Backtesting' });
    expect(stepLabel('score', 5, 10)).toBe('Scoring 5 of 10 records');
  });

  it('estimates the time left in a counted step from its rate so far, and says nothing before it can', () => {
    let clock = 0;
    const map = createProgressMapper(() => clock);
    map(started('embed'));
    expect(map(progress('embed', 0, 1000))?.remainingMs).toBeUndefined();
    clock = MIN_RATE_WINDOW_MS / 2;
    expect(map(progress('embed', 100, 1000))?.remainingMs).toBeUndefined(); // too soon to say
    clock = 2000;
    // 400 records in 2 s: 600 more take 3 s.
    expect(map(progress('embed', 400, 1000))?.remainingMs).toBe(3000);
    expect(map(progress('embed', 1000, 1000))?.remainingMs).toBeUndefined(); // done
    // A new step counts its own rate from its own start.
    map(started('score'));
    clock = 2100;
    expect(map(progress('score', 0, 500))?.remainingMs).toBeUndefined();
    expect(map(started('profile'))?.remainingMs).toBeUndefined(); // no counts, no estimate
  });

  it('keeps one overall fraction that only goes up, through the whole job and both saves, and ends at 1', () => {
    const map = createProgressMapper(() => 0);
    const pushed = wholeJob(1000)
      .map(map)
      .filter((e): e is JobProgressEvent => e !== null);
    const overall = pushed.map((e) => e.overall!);
    for (let i = 1; i < overall.length; i++) expect(overall[i]).toBeGreaterThanOrEqual(overall[i - 1]!);
    expect(overall[0]).toBe(0);
    expect(overall.at(-1)).toBeCloseTo(1);
    // Half the embedding done is past the steps before it, and well before scoring.
    const halfEmbedded = pushed.find((e) => e.step === 'embed' && e.processed === 500)!;
    expect(halfEmbedded.overall).toBeGreaterThan(0.05);
    expect(halfEmbedded.overall).toBeLessThan(pushed.find((e) => e.step === 'score')!.overall!);
    // The four broad phases in order, as before steps were named; within one the count never goes down.
    const phases = pushed.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['embedding', 'scoring', 'saving', 'backtest', 'saving']);
    for (let i = 1; i < pushed.length; i++) {
      if (pushed[i]!.phase === pushed[i - 1]!.phase) expect(pushed[i]!.processed).toBeGreaterThanOrEqual(pushed[i - 1]!.processed);
    }
    expect(pushed.every((e) => e.status === 'running' && e.jobId === 7)).toBe(true);
  });

  it("reports auto's re-rank, which runs score and reasons again inside the backtest, as part of the backtest", () => {
    // This once threw (no step after the last save to move to) and failed every job whose backtest re-ranked.
    const events = wholeJob(1000);
    const backtestEnd = events.findIndex((e) => e.type === 'phase-finished' && e.phase === 'backtest');
    const rerank: JobEvent[] = [started('score'), progress('score', 0, 1000), progress('score', 1000, 1000), finished('score'), started('reasons'), progress('reasons', 10, 20), finished('reasons')];
    events.splice(backtestEnd, 0, ...rerank);
    const map = createProgressMapper(() => 0);
    const pushed = events.map(map).filter((e): e is JobProgressEvent => e !== null);
    const from = pushed.findIndex((e) => e.step === 'backtest');
    const during = pushed.slice(from, pushed.findIndex((e, i) => i > from && e.step === 'save'));
    expect(during.length).toBeGreaterThan(rerank.length - 2);
    expect(new Set(during.map((e) => e.step))).toEqual(new Set(['backtest']));
    const overall = pushed.map((e) => e.overall!);
    for (let i = 1; i < overall.length; i++) expect(overall[i]).toBeGreaterThanOrEqual(overall[i - 1]!);
    expect(overall.at(-1)).toBeCloseTo(1);
  });

  it('passes a step\'s end and the job\'s end without an event, and forgets the job once it ended', () => {
    const map = createProgressMapper(() => 0);
    map(started('score'));
    map(progress('score', 900, 1000));
    expect(map(finished('score'))).toBeNull();
    expect(map({ type: 'job-failed', jobId: 7, status: 'failed', code: 'internal', message: 'x' })).toBeNull();
    // The same id seen again starts from nothing.
    expect(map(started('source'))?.overall).toBe(0);
  });

  it('keeps jobs apart', () => {
    const map = createProgressMapper(() => 0);
    map(progress('score', 500, 1000, 1));
    expect(map(started('source', 2))).toMatchObject({ jobId: 2, overall: 0, step: 'source' });
    expect(map(progress('score', 600, 1000, 1))?.overall).toBeGreaterThan(0.5);
  });

  it('keeps each mapper to itself: two runners (two workspaces) may both have a job 99', () => {
    const first = createProgressMapper(() => 0);
    const second = createProgressMapper(() => 0);
    first(progress('score', 900, 1000, 99));
    expect(first(progress('embed', 10, 100, 99))?.overall).toBeGreaterThan(0.5); // never backwards within a job
    expect(second(progress('embed', 10, 100, 99))).toMatchObject({ jobId: 99, status: 'running', phase: 'embedding', processed: 10, total: 100 });
    expect(second(progress('embed', 10, 100, 99))?.overall).toBeLessThan(0.5);
    expect(second({ type: 'job-cancelled', jobId: 99, status: 'cancelled', message: 'x' })).toBeNull();
  });
});

describe('a step waiting for the workspace', () => {
  it('says what it waits for, keeps its counts and bar, and goes back to its words on its next progress', () => {
    const map = createProgressMapper(() => 0);
    for (const e of wholeJob(1000).slice(0, 24)) map(e); // up to the end of the reasons, before the first save
    const before = map(progress('reasons', 1000, 1000))!;
    const waiting = map({ type: 'phase-waiting', jobId: 7, phase: 'save', holder: 'import of a.csv running' })!;
    expect(waiting).toMatchObject({ status: 'running', step: 'save', phase: 'saving', stepLabel: 'Waiting for the workspace (import of a.csv running)…' });
    expect(waiting.remainingMs).toBeUndefined();
    expect(waiting.overall).toBeGreaterThanOrEqual(before.overall!);
    const saved = map(progress('save', 1000, 1000))!;
    expect(saved).toMatchObject({ step: 'save', stepLabel: 'Saving' });
    expect(saved.overall).toBeGreaterThanOrEqual(waiting.overall!);
  });

  it('names the first step when the job waits before it has started one', () => {
    const map = createProgressMapper(() => 0);
    expect(map({ type: 'phase-waiting', jobId: 9, phase: 'source', holder: 'job 3 running' })).toMatchObject({
      jobId: 9,
      step: 'source',
      stepLabel: 'Waiting for the workspace (job 3 running)…',
      overall: 0,
    });
  });
});
