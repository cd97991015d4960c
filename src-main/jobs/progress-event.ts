/**
 * The window's view of a running job (`jobs.progress`, contract/dto.ts) from
 * the pipeline's events. The window knows four phases: embedding, scoring,
 * saving and the backtest ("checking the ranking"); the others pass without
 * an event, the bar staying where the last one left it.
 */
import type { JobProgressEvent } from '../contract/dto';
import type { JobEvent, JobPhaseName } from './job-events';

const WINDOW_PHASES: Partial<Record<JobPhaseName, NonNullable<JobProgressEvent['phase']>>> = {
  embed: 'embedding',
  score: 'scoring',
  save: 'saving',
  backtest: 'backtest',
};

export function toProgressEvent(event: JobEvent): JobProgressEvent | null {
  if (event.type !== 'phase-progress') return null;
  const phase = WINDOW_PHASES[event.phase];
  return phase ? { jobId: event.jobId, status: 'running', phase, processed: event.processed, total: event.total } : null;
}
