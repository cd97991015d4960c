/**
 * diagnostics: the check of the examples (cohesion, outliers, suspected
 * leaks), after the candidates are saved: the analyst reads it beside them,
 * and it must not hold them up. It reads every field the engine reads for a
 * few thousand records (4.2 s on a 5,000-column workspace), so it runs on the
 * job worker (jobs/job-pool.ts) when the workspace has one.
 */
import { diagnoseLoaded } from '../../engine/seed-diagnostics';
import type { JobPhase } from '../job-phase';
import { jobPoolOf } from '../job-pool';

export const diagnosticsPhase: JobPhase = {
  name: 'diagnostics',
  lap: 'diagnosticsMs',
  async run(state) {
    const { entity, source, ignoreFields } = state.params;
    const task = {
      spec: { entity, source, ignoreFields },
      vocab: state.vocabulary.vocab,
      loaded: { ...state.training, exampleIds: state.positives.ids, sourceFields: state.vocabulary.sourceFields },
    };
    const jobs = jobPoolOf(state.db);
    state.profileInfo.diagnostics = jobs ? await jobs.diagnose(task) : diagnoseLoaded(state.db, task.spec, task.vocab, task.loaded);
  },
};
