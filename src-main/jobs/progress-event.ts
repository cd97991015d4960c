/**
 * The window's view of a running job (`jobs.progress`, contract/dto.ts) from
 * the pipeline's events: which step it is in, in words and with its counts,
 * the time left in a counted step (from its rate so far), and one overall
 * fraction weighted by step that never goes down within a job.
 *
 * Each step's start is pushed as well as its progress, so steps without
 * counts ("Training the ranking") are named too. The four broad `phase`s the
 * window knew before steps carry on: the steps before scoring count as
 * embedding, the reasons as scoring and the checks after the save as the
 * backtest; within one broad phase `processed` never goes down.
 *
 * The mapping keeps a little state per job (the step it is in, when its
 * counting started); a job's end forgets it. The runner's final event (the
 * job's stored state) is its own, not made here.
 */
import type { JobProgressEvent, JobStep } from '../contract/dto';
import type { JobEvent } from './job-events';

type WindowPhase = NonNullable<JobProgressEvent['phase']>;

/** Each step as the job runs it, with its broad phase and its rough share of a job's time (the weights add up to 100). */
const STEPS: ReadonlyArray<{ step: JobStep; phase: WindowPhase; weight: number }> = [
  { step: 'source', phase: 'embedding', weight: 2 },
  { step: 'vocabulary', phase: 'embedding', weight: 3 },
  { step: 'embed', phase: 'embedding', weight: 30 },
  { step: 'training-set', phase: 'embedding', weight: 3 },
  { step: 'coverage', phase: 'embedding', weight: 8 },
  { step: 'profile', phase: 'embedding', weight: 8 },
  { step: 'exclusions', phase: 'embedding', weight: 1 },
  { step: 'score', phase: 'scoring', weight: 22 },
  { step: 'reasons', phase: 'scoring', weight: 5 },
  { step: 'save', phase: 'saving', weight: 6 },
  { step: 'diagnostics', phase: 'backtest', weight: 4 },
  { step: 'backtest', phase: 'backtest', weight: 7 },
  { step: 'save', phase: 'saving', weight: 1 },
];
const STARTS = STEPS.map((_, i) => STEPS.slice(0, i).reduce((sum, s) => sum + s.weight, 0) / 100);

/** A step in words; `counted` adds its counts where people want them ("Embedding 412,000 of 1,000,000 records"). */
const WORDS: Record<JobStep, { words: string; counted?: (processed: string, total: string) => string }> = {
  source: { words: 'Reading the examples' },
  vocabulary: { words: 'Learning the vocabulary' },
  embed: { words: 'Embedding the records', counted: (p, t) => `Embedding ${p} of ${t} records` },
  'training-set': { words: 'Preparing the training set' },
  coverage: { words: 'Checking field coverage' },
  profile: { words: 'Training the ranking' },
  exclusions: { words: 'Leaving out the examples' },
  score: { words: 'Scoring', counted: (p, t) => `Scoring ${p} of ${t} records` },
  reasons: { words: 'Explaining the scores' },
  save: { words: 'Saving' },
  diagnostics: { words: 'Checking the examples' },
  backtest: { words: 'Backtesting' },
};

/** A step waiting for another writer to let go of the workspace, in words (the job is not failing: it waits). */
export function waitingLabel(holder: string): string {
  return `Waiting for the workspace (${holder})…`;
}

/** Before this long into counting a step, its rate says too little to estimate the time left. */
export const MIN_RATE_WINDOW_MS = 500;

const count = (n: number) => n.toLocaleString('en-US');

/** The step in words, with its counts when it has them and is counted in people's terms. */
export function stepLabel(step: JobStep, processed = 0, total = 0): string {
  const { words, counted } = WORDS[step];
  return counted && total > 1 ? counted(count(Math.min(processed, total)), count(total)) : words;
}

interface JobTrack {
  /** Index into STEPS of the step running. */
  index: number;
  overall: number;
  phase: WindowPhase;
  processed: number;
  total: number;
  /** When the step's counting was first reported, and its count then. */
  counting: { at: number; processed: number } | null;
}

export type ProgressMapper = (event: JobEvent) => JobProgressEvent | null;

/** A mapper with its own per-job state; `now` is a clock in milliseconds (tests pass their own). */
export function createProgressMapper(now: () => number = () => performance.now()): ProgressMapper {
  const jobs = new Map<number, JobTrack>();

  /**
   * The next step of that name at or after `from` (the second `save` follows the checks), or -1: a step
   * run again inside a later one (auto's re-rank runs score and reasons inside the backtest) has none.
   */
  const nextIndexOf = (step: JobStep, from: number) => {
    for (let i = Math.max(0, from); i < STEPS.length; i++) if (STEPS[i]!.step === step) return i;
    return -1;
  };

  const event = (jobId: number, track: JobTrack, remainingMs?: number, waitingFor?: string): JobProgressEvent => {
    const step = STEPS[track.index]!.step;
    return {
      jobId,
      status: 'running',
      phase: track.phase,
      processed: track.processed,
      total: track.total,
      step,
      stepLabel: waitingFor !== undefined ? waitingLabel(waitingFor) : stepLabel(step, track.processed, track.total),
      ...(remainingMs !== undefined ? { remainingMs } : {}),
      overall: track.overall,
    };
  };

  return (e) => {
    if (e.type === 'phase-finished') return null;
    if (e.type !== 'phase-started' && e.type !== 'phase-progress' && e.type !== 'phase-waiting') {
      jobs.delete(e.jobId);
      return null;
    }
    let track = jobs.get(e.jobId);
    if (e.type === 'phase-started' && e.phase === 'source' && track && track.index > 0) track = undefined; // the same id run again
    if (!track) {
      track = { index: Math.max(0, nextIndexOf(e.phase, 0)), overall: 0, phase: 'embedding', processed: 0, total: 0, counting: null };
      track.phase = STEPS[track.index]!.phase;
      jobs.set(e.jobId, track);
    }
    // A step run again inside the running one is reported as part of it: the bar never goes back.
    const next = STEPS[track.index]!.step === e.phase ? track.index : nextIndexOf(e.phase, track.index + 1);
    const index = next >= 0 ? next : track.index;
    const phase = STEPS[index]!.phase;
    if (index !== track.index || e.type === 'phase-started') {
      if (phase !== track.phase) {
        track.processed = 0;
        track.total = 0;
      }
      track.index = index;
      track.phase = phase;
      track.counting = null;
    }
    track.overall = Math.max(track.overall, STARTS[index]!);
    if (e.type === 'phase-started') return event(e.jobId, track);
    // The wait is no progress: the counts and the time left stay as they were, the step says what it waits for.
    if (e.type === 'phase-waiting') {
      track.counting = null;
      return event(e.jobId, track, undefined, e.holder);
    }

    const { processed, total } = e;
    // Within a broad phase the count only goes up (a step that restarts its count does not pull the bar back).
    if (total !== track.total) {
      track.total = total;
      track.processed = processed;
    } else track.processed = Math.max(track.processed, processed);
    const within = total > 0 ? Math.min(1, processed / total) : 0;
    track.overall = Math.min(1, Math.max(track.overall, STARTS[index]! + (STEPS[index]!.weight / 100) * within));

    let remainingMs: number | undefined;
    const t = now();
    if (total > 0 && processed < total) {
      if (!track.counting || processed < track.counting.processed) track.counting = { at: t, processed };
      const elapsed = t - track.counting.at;
      const done = processed - track.counting.processed;
      if (elapsed >= MIN_RATE_WINDOW_MS && done > 0) remainingMs = Math.round(((total - processed) * elapsed) / done);
    }
    return event(e.jobId, track, remainingMs);
  };
}
