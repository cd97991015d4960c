/**
 * profile: the scorer the candidates are ranked by, stored with the job
 * together with its examples and the profile's description.
 *
 * `auto` ranks at once with the strategy that is safest on unseen data
 * (AUTO_DEFAULT, given enough examples) and checks that choice by a backtest after the candidates
 * are saved (phases/backtest.ts), so the analyst never waits for it.
 */
import { saveJobExamples, saveJobProfile } from '../../db/queries/jobs';
import { AUTO_DEFAULT, AUTO_MIN_EXAMPLES } from '../../../src-model/backtest/backtest';
import type { ConcreteStrategy } from '../../../src-model/strategies/types';
import type { JobPhase } from '../job-phase';
import { trainStrategy } from '../training';

export const profilePhase: JobPhase = {
  name: 'profile',
  lap: 'trainMs',
  async run(state) {
    const { params, positives, set } = state;
    const first: ConcreteStrategy = params.strategy === 'auto' ? (set.positives.length >= AUTO_MIN_EXAMPLES ? AUTO_DEFAULT : 'contrast') : params.strategy;
    const trained = await trainStrategy(state, first);
    state.scorer = trained.scorer;
    state.strategy = trained.chosen;
    state.profileInfo = {
      source: positives.name,
      breakdown: positives.breakdown,
      partsPresent: state.present,
      partWeights: params.partWeights,
      vocabularyVersion: state.vocabulary.version,
      coverageGaps: state.coverageGaps,
      sourceFields: state.vocabulary.sourceFields,
      negatives: set.negatives.length,
      ...(params.review ? { review: { fromJobId: params.review.fromJobId, good: params.review.good.length, notAFit: params.review.notAFit.length } } : {}),
      strategy: { requested: params.strategy, used: trained.chosen, why: params.strategy === 'auto' ? 'checking by backtest' : 'chosen for the job' },
    };
    saveJobProfile(state.db, state.jobId, positives.ids.length, trained.scorer.queries[0]!, state.profileInfo);
    saveJobExamples(state.db, state.jobId, positives.ids, positives.weights);
  },
};
