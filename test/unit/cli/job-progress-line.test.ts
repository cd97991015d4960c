import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src-main/cli/commands/job-run';

describe('job run progress lines', () => {
  it('say each phase’s progress and time, and a wait for another writer with what holds the workspace', () => {
    expect(progressLine({ type: 'phase-progress', jobId: 3, phase: 'score', processed: 1500, total: 30000 })).toBe('job 3: score 1,500 / 30,000');
    expect(progressLine({ type: 'phase-finished', jobId: 3, phase: 'save', elapsedMs: 1234 })).toBe('job 3: save took 1,234 ms');
    expect(progressLine({ type: 'phase-waiting', jobId: 3, phase: 'save', holder: 'import of more.csv running' })).toBe(
      'job 3: save waiting for the workspace (import of more.csv running)…',
    );
  });
});
