/**
 * vocabulary: the features the job encodes with — the workspace's stored
 * vocabulary while it still fits the data, else a fresh one — leaving out
 * the ignored fields and those that define the source (a segment on
 * country must not rank by country).
 *
 * The same steps as engine/backtest-data.ts `sourceMatrix`, which the check
 * and eval use, split here so that each is its own timed phase.
 */
import { dataVersion } from '../../db/queries/embedding-cache';
import { matrixKey } from '../../engine/matrix-cache';
import { sourceDefiningFields } from '../../engine/source-features';
import { workspaceVocabulary } from '../../engine/workspace-vocabulary';
import { embeddingLayout } from '../../../src-model/embed/layout';
import type { JobPhase } from '../job-phase';

export const vocabularyPhase: JobPhase = {
  name: 'vocabulary',
  lap: 'vocabularyMs',
  run(state) {
    const { db, params } = state;
    const layout = embeddingLayout(params.dim);
    const sourceFields = sourceDefiningFields(db, params.entity, params.source);
    const built = workspaceVocabulary(db, params.entity, layout.dim, [...new Set([...params.ignoreFields, ...sourceFields])]);
    state.vocabulary = {
      vocab: built.vocab,
      version: built.version,
      matrixKey: matrixKey(db.name, params.entity, built.version, dataVersion(db)),
      sourceFields,
    };
    state.timings.vocabularyKept = built.origin !== 'rebuilt' ? 1 : 0;
  },
};
