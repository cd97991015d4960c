/** training-set: the rows a strategy learns from, and which parts of a record (company, lead) the examples carry. */
import { AppError } from '../../contract/errors';
import { backtestDataFrom } from '../../engine/backtest-data';
import type { JobPhase } from '../job-phase';
import { partsTheExamplesCarry, TRAINING_ROWS, TRAINING_SEED, trainingSetOf } from '../training';

export const trainingSetPhase: JobPhase = {
  name: 'training-set',
  lap: 'trainingDataMs',
  async run(state) {
    const { params, positives } = state;
    const training = await backtestDataFrom(state.db, state.matrix, params, positives, {
      maxAllRows: TRAINING_ROWS,
      sampleSize: TRAINING_ROWS,
      seed: TRAINING_SEED,
      signal: state.signal,
      // In shared memory, the rows go to the compute workers and the job worker (the check of the examples) without a copy.
      sharedRows: true,
    });
    state.training = training;
    state.set = trainingSetOf(state.training.data);
    state.present = partsTheExamplesCarry(state.set, state.layout);
    if (!state.present.company && !state.present.lead) {
      throw new AppError('invalid_input', `The examples of the ${params.source.kind} "${positives.name}" carry no features to compare.`);
    }
  },
};
