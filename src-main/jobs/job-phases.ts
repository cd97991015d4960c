/** A job's phases in the order they run. */
import type { JobPhase } from './job-phase';
import { backtestPhase } from './phases/backtest';
import { coveragePhase } from './phases/coverage';
import { diagnosticsPhase } from './phases/diagnostics';
import { embedPhase } from './phases/embed';
import { exclusionsPhase } from './phases/exclusions';
import { profilePhase } from './phases/profile';
import { reasonsPhase } from './phases/reasons';
import { saveCandidatesPhase, saveChecksPhase } from './phases/save';
import { scorePhase } from './phases/score';
import { sourcePhase } from './phases/source';
import { trainingSetPhase } from './phases/training-set';
import { vocabularyPhase } from './phases/vocabulary';

export const JOB_PHASES: readonly JobPhase[] = [
  sourcePhase,
  vocabularyPhase,
  embedPhase,
  trainingSetPhase,
  coveragePhase,
  profilePhase,
  exclusionsPhase,
  scorePhase,
  reasonsPhase,
  saveCandidatesPhase,
  diagnosticsPhase,
  backtestPhase,
  saveChecksPhase,
];
