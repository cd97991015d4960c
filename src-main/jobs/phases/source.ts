/**
 * source: the job's positive examples, with their weights, from its segment, list or campaign, and a re-ranking's marks.
 * Read on the workspace's read worker when it has one running: a segment's members and their outcomes are thousands of
 * scattered rows (at 300k leads, 0.2–0.3 s cold), and the window and the web host must keep answering meanwhile.
 */
import { readPoolOf } from '../../compute/read-pool';
import { AppError } from '../../contract/errors';
import { resolvePositives, withReviewMarks, type PositivesOptions } from '../../engine/sources';
import type { JobPhase } from '../job-phase';

export const sourcePhase: JobPhase = {
  name: 'source',
  lap: 'sourceMs',
  async run(state) {
    const { params } = state;
    const options: PositivesOptions = {
      entity: params.entity,
      weights: params.weights,
      positiveOutcomes: params.positiveOutcomes,
      highScore: params.highScore,
    };
    // Only a thread that is up or that the app warmed at open: started now (from source, seconds) it would
    // cost the job more than it saves the host.
    const reads = readPoolOf(state.db);
    const fromSource = reads && (await reads.usable()) ? await reads.positives({ source: params.source, options }) : resolvePositives(state.db, params.source, options);
    const positives = withReviewMarks(fromSource, params.review, params.weights);
    if (positives.ids.length === 0) {
      throw new AppError('invalid_input', `The ${params.source.kind} "${positives.name}" has no positive examples (won, replied or members) to learn from.`);
    }
    state.positives = positives;
  },
};
