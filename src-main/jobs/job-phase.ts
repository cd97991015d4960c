/** One named step of a job (phases/*.ts), and what the pipeline gives it while it runs. */
import type { JobPhaseName } from './job-events';
import type { JobState } from './job-state';

export interface JobPhase {
  readonly name: JobPhaseName;
  /**
   * The key of its time in the job's timings (`embeddingsMs`, …: the names
   * stored jobs already carry), or null for the last save, whose time cannot
   * be in what it stores.
   */
  readonly lap: string | null;
  run(state: JobState, step: PhaseStep): Promise<void> | void;
}

export interface PhaseStep {
  /**
   * How far the phase is. A few reports a second reach the listeners and the
   * job's row; a report of nothing done yet or of everything done always does.
   */
  progress(processed: number, total: number): void;
  /** Runs another phase inside this one, timed and reported as its own (a backtest that re-ranks runs score and reasons again). */
  run(phase: JobPhase): Promise<void>;
}
