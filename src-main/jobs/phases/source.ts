/** source: the job's positive examples, with their weights, from its segment, list or campaign, and a re-ranking's marks. */
import { AppError } from '../../contract/errors';
import { resolvePositives, withReviewMarks } from '../../engine/sources';
import type { JobPhase } from '../job-phase';

export const sourcePhase: JobPhase = {
  name: 'source',
  lap: 'sourceMs',
  run(state) {
    const { params } = state;
    const fromSource = resolvePositives(state.db, params.source, {
      entity: params.entity,
      weights: params.weights,
      positiveOutcomes: params.positiveOutcomes,
      highScore: params.highScore,
    });
    const positives = withReviewMarks(fromSource, params.review, params.weights);
    if (positives.ids.length === 0) {
      throw new AppError('invalid_input', `The ${params.source.kind} "${positives.name}" has no positive examples (won, replied or members) to learn from.`);
    }
    state.positives = positives;
  },
};
