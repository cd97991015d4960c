/**
 * vocabulary: the features the job encodes with — the workspace's stored
 * vocabulary while it still fits the data, else a fresh one — leaving out
 * the ignored fields and those that define the source (a segment on
 * country must not rank by country).
 * The first step of engine/source-matrix.ts, which the check and eval take
 * together with the next (embed).
 */
import { chooseVocabulary } from '../../engine/source-matrix';
import type { JobPhase } from '../job-phase';

export const vocabularyPhase: JobPhase = {
  name: 'vocabulary',
  lap: 'vocabularyMs',
  run(state) {
    // The workers load the embedding code meanwhile (a no-op once they have): a cold job embeds next.
    void state.pool.prepareEmbedding();
    state.vocabulary = chooseVocabulary(state.db, state.params);
    state.timings.vocabularyKept = state.vocabulary.kept ? 1 : 0;
  },
};
