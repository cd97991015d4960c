/**
 * save: the job's candidates, the scores they write back and its completed
 * status, committed together (issue 9, defect 7); and, after the checks that
 * follow them, the profile's description with the backtest's figures (and a
 * re-ranking's candidates, if the backtest chose another strategy).
 *
 * The reasons are encoded here in time slices, and the transaction runs on
 * the job worker's connection (jobs/job-pool.ts) when the workspace has one:
 * on the main thread a 50k-candidate save held the window and the web host
 * for tens of seconds. Nothing of it is visible before its commit.
 */
import { completeJob, encodeCandidateReasons, encodeCandidates, type CandidateInput, type EncodedCandidates, type JobResults } from '../../db/queries/jobs';
import type { JobPhase } from '../job-phase';
import { jobPoolOf } from '../job-pool';
import type { JobState } from '../job-state';
import { mapInSlices } from '../slices';

export const saveCandidatesPhase: JobPhase = {
  name: 'save',
  lap: 'saveMs',
  async run(state, step) {
    const { timings } = state;
    const candidates = await encodeInSlices(state.candidates, state.signal);
    // totalMs is the time to saved candidates, what the analyst waits for: the checks after them are not in it.
    timings.totalMs = Math.round(performance.now() - state.startedAt);
    await saveResults(state, { ...state.scoredSource, candidates, timings });
    state.candidatesSaved = true;
    timings.totalMs = Math.round(performance.now() - state.startedAt);
    step.progress(state.matrix.rows, state.matrix.rows);
  },
};

export const saveChecksPhase: JobPhase = {
  name: 'save',
  lap: null,
  async run(state, step) {
    const { candidates, profile } = state.reranked;
    // A re-ranking replaces candidates, scores and profile together with the profile's description.
    await saveResults(state, {
      ...state.scoredSource,
      ...(candidates ? { candidates: await encodeInSlices(candidates, state.signal) } : {}),
      ...(profile ? { profile } : {}),
      profileInfo: state.profileInfo,
      timings: state.timings,
    });
    step.progress(state.matrix.rows, state.matrix.rows);
  },
};

/** Candidates in the form they are stored and sent to the job worker, their reasons encoded between turns of the event loop. */
async function encodeInSlices(candidates: readonly CandidateInput[], signal?: AbortSignal): Promise<EncodedCandidates> {
  return encodeCandidates(candidates, await mapInSlices(candidates, encodeCandidateReasons, signal));
}

/** completeJob on the job worker when the workspace has one, else here. */
async function saveResults(state: JobState, results: JobResults): Promise<void> {
  const jobs = jobPoolOf(state.db);
  if (jobs) await jobs.complete({ jobId: state.jobId, results });
  else completeJob(state.db, state.jobId, results);
}
