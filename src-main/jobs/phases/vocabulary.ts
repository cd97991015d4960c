/**
 * vocabulary: the features the job encodes with — the workspace's stored
 * vocabulary while it still fits the data, else a fresh one — leaving out
 * the ignored fields and those that define the source (a segment on
 * country must not rank by country).
 * The first step of engine/source-matrix.ts, which the check and eval take
 * together with the next (embed).
 */
import { readPoolOf } from '../../compute/read-pool';
import { chooseVocabulary } from '../../engine/source-matrix';
import type { JobPhase } from '../job-phase';

export const vocabularyPhase: JobPhase = {
  name: 'vocabulary',
  lap: 'vocabularyMs',
  async run(state) {
    // The workers load the embedding code meanwhile (a no-op once they have): a cold job embeds next.
    void state.pool.prepareEmbedding();
    // A fresh build reads samples of every field: 1.3 s at 300k leads, held on the main thread in one piece.
    // Built on the read worker when it is up, as the examples are.
    const reads = readPoolOf(state.db);
    const build = reads && (await reads.usable()) ? (entity: typeof state.params.entity, options: { dim: number; ignoreFields: string[] }) => reads.vocabulary({ entity, options }) : undefined;
    state.vocabulary = await chooseVocabulary(state.db, state.params, build);
    state.timings.vocabularyKept = state.vocabulary.kept ? 1 : 0;
  },
};
