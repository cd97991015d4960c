/**
 * embed: every record of the job's entity as a vector — the matrix kept in
 * memory from the last job when nothing changed, else the cached shards and
 * whatever is stale embedded on the workers.
 */
import { openVectorReader } from '../../engine/embeddings';
import { loadMatrix } from '../../engine/source-matrix';
import { embeddingLayout } from '../../../src-model/embed/layout';
import type { JobPhase } from '../job-phase';

export const embedPhase: JobPhase = {
  name: 'embed',
  lap: 'embeddingsMs',
  async run(state, step) {
    const { matrix, fromMemory: inMemory } = await loadMatrix(state.db, state.pool, state.params.entity, state.vocabulary, {
      signal: state.signal,
      onProgress: (p) => step.progress(p.processed, p.total),
    });
    state.matrix = matrix;
    state.layout = embeddingLayout(matrix.dim);
    state.reader = openVectorReader(matrix);
    state.timings.embeddedRows = inMemory ? 0 : matrix.embedded;
    state.timings.cachedRows = matrix.rows - state.timings.embeddedRows;
    state.timings.inMemory = inMemory ? 1 : 0;
  },
};
