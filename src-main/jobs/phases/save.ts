/**
 * save: the job's candidates, the scores they write back and its completed
 * status, committed together (issue 9, defect 7); and, after the checks that
 * follow them, the profile's description with the backtest's figures (and a
 * re-ranking's candidates, if the backtest chose another strategy).
 *
 * The reasons are encoded here in time slices, and the transaction runs on
 * the job worker's connection (jobs/job-pool.ts) when the workspace has one:
 * on the main thread a 50k-candidate save held the window and the web host
 * for tens of seconds. Nothing of it is visible before its commit. While
 * another writer holds the workspace (an import in another process) the save
 * waits for it, in the job's progress, instead of failing.
 */
import {
  allocateReasons,
  completeJob,
  encodeCandidateReasons,
  encodeRanks,
  writeReason,
  type CandidateInput,
  type EncodedCandidates,
  type JobResults,
} from '../../db/queries/jobs';
import { withoutBusyWait } from '../../db/busy-retry';
import type { JobPhase, PhaseStep } from '../job-phase';
import { jobPoolOf } from '../job-pool';
import type { JobState } from '../job-state';
import { mapInSlices } from '../../lib/slices';

export const saveCandidatesPhase: JobPhase = {
  name: 'save',
  lap: 'saveMs',
  async run(state, step) {
    const { timings } = state;
    const candidates = await encodeInSlices(state.candidates, state.signal);
    // totalMs is the time to saved candidates, what the analyst waits for: the checks after them are not in it.
    timings.totalMs = Math.round(performance.now() - state.startedAt);
    await saveResults(state, step, { ...state.scoredSource, candidates, timings });
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
    await saveResults(state, step, {
      ...state.scoredSource,
      ...(candidates ? { candidates: await encodeInSlices(candidates, state.signal) } : {}),
      ...(profile ? { profile } : {}),
      profileInfo: state.profileInfo,
      timings: state.timings,
    });
    step.progress(state.matrix.rows, state.matrix.rows);
  },
};

/**
 * Candidates in the form they are stored and sent to the job worker, their
 * reasons encoded and packed between turns of the event loop (at 50k
 * candidates each pass is a second or more of work).
 */
async function encodeInSlices(candidates: readonly CandidateInput[], signal?: AbortSignal): Promise<EncodedCandidates> {
  const reasons = await mapInSlices(candidates, encodeCandidateReasons, signal);
  const packed = allocateReasons(await mapInSlices(reasons, (r) => Buffer.byteLength(r), signal));
  await mapInSlices(reasons, (r, i) => writeReason(packed, i, r), signal);
  return { ...encodeRanks(candidates), ...packed };
}

/**
 * completeJob on the job worker when the workspace has one, else here; while
 * another writer holds the workspace, the save waits, saying for what, and
 * tries again (a save that cannot wait fails the job, the earlier results kept).
 */
async function saveResults(state: JobState, step: PhaseStep, results: JobResults): Promise<void> {
  const jobs = jobPoolOf(state.db);
  const { db, jobId } = state;
  await step.whenFree(
    () => (jobs ? jobs.complete({ jobId, results }) : withoutBusyWait(db, () => completeJob(db, jobId, results))),
    "the job's results were not saved, and the earlier ones are kept",
  );
}
