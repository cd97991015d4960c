/**
 * coverage: fields the examples have and the other records lack (they hold every other score down).
 * Measured on the workspace's read worker when it has one: on a 5,000-column workspace it reads and
 * checks thousands of imported columns for seconds, and the window and the web host must keep answering.
 */
import { readPoolOf } from '../../compute/read-pool';
import { measureCoverageGaps } from '../../engine/coverage-gaps';
import type { JobPhase } from '../job-phase';

export const coveragePhase: JobPhase = {
  name: 'coverage',
  lap: 'coverageMs',
  async run(state) {
    const { entity } = state.params;
    const vocab = state.vocabulary.vocab;
    const reads = readPoolOf(state.db);
    const examples = { ids: state.positives.ids, weights: state.positives.weights };
    state.coverageGaps = reads ? await reads.coverageGaps({ entity, vocab, examples }) : measureCoverageGaps(state.db, entity, vocab, examples);
  },
};
