/**
 * save: the job's candidates, the scores they write back and its completed
 * status, committed together (issue 9, defect 7); and, after the checks that
 * follow them, the profile's description with the backtest's figures (and a
 * re-ranking's candidates, if the backtest chose another strategy).
 */
import { completeJob } from '../../db/queries/jobs';
import type { JobPhase } from '../job-phase';

export const saveCandidatesPhase: JobPhase = {
  name: 'save',
  lap: 'saveMs',
  run(state, step) {
    const { timings } = state;
    // totalMs is the time to saved candidates, what the analyst waits for: the checks after them are not in it.
    timings.totalMs = Math.round(performance.now() - state.startedAt);
    completeJob(state.db, state.jobId, { ...state.scoredSource, candidates: state.candidates, timings });
    state.candidatesSaved = true;
    timings.totalMs = Math.round(performance.now() - state.startedAt);
    step.progress(state.matrix.rows, state.matrix.rows);
  },
};

export const saveChecksPhase: JobPhase = {
  name: 'save',
  lap: null,
  run(state, step) {
    // A re-ranking replaces candidates, scores and profile together with the profile's description.
    completeJob(state.db, state.jobId, { ...state.scoredSource, ...state.reranked, profileInfo: state.profileInfo, timings: state.timings });
    step.progress(state.matrix.rows, state.matrix.rows);
  },
};
