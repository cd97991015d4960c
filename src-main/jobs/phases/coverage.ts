/** coverage: fields the examples have and the other records lack (they hold every other score down). */
import { measureCoverageGaps } from '../../engine/coverage-gaps';
import type { JobPhase } from '../job-phase';

export const coveragePhase: JobPhase = {
  name: 'coverage',
  lap: 'coverageMs',
  run(state) {
    state.coverageGaps = measureCoverageGaps(state.db, state.params.entity, state.vocabulary.vocab, state.positives);
  },
};
