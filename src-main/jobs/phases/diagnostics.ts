/**
 * diagnostics: the check of the examples (cohesion, outliers, suspected
 * leaks), after the candidates are saved: the analyst reads it beside them,
 * and it must not hold them up.
 */
import { diagnoseLoaded } from '../../engine/seed-diagnostics';
import type { JobPhase } from '../job-phase';

export const diagnosticsPhase: JobPhase = {
  name: 'diagnostics',
  lap: 'diagnosticsMs',
  run(state) {
    state.profileInfo.diagnostics = diagnoseLoaded(state.db, state.params, state.vocabulary.vocab, {
      ...state.training,
      exampleIds: state.positives.ids,
      sourceFields: state.vocabulary.sourceFields,
    });
  },
};
