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
  /**
   * Makes `write` (one whole transaction, made without SQLite's busy wait)
   * once the workspace is free: while another writer holds it, the phase
   * shows what it waits for and tries again (db/busy-retry.ts). After the
   * job's wait it throws one conflict ending with `gaveUp`.
   */
  whenFree<T>(write: () => T | Promise<T>, gaveUp: string): Promise<T>;
}
