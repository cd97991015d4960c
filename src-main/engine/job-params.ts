/**
 * A lookalike job's parameters, stored with the job as JSON, and their
 * defaults. `strategy` is how candidates are ranked (src-model/strategies);
 * a job stored before strategies existed ran the plain centroid, and is read
 * (and re-run) with today's default. `review` records the analyst's marks a
 * re-ranked job used (services/review-service.ts), so the job says what it
 * learned from and a rerun learns from the same.
 */
import type { Entity, Outcome } from '../contract/dto';
import type { Condition } from '../segments/condition';
import type { StrategyName } from '../../src-model/strategies/types';
import { DEFAULT_POSITIVE_WEIGHTS, type PositiveWeights, type ReviewMarksUsed, type SourceRef } from './sources';

export interface JobParams {
  entity: Entity;
  source: SourceRef;
  minScore: number;
  maxResults: number;
  exclude: SourceRef[];
  filters: Condition[];
  positiveOutcomes: Outcome[];
  weights: PositiveWeights;
  highScore: number | null;
  partWeights: { company: number; lead: number };
  dim: number;
  ignoreFields: string[];
  strategy: StrategyName;
  review: ReviewMarksUsed | null;
}

export const DEFAULT_JOB_PARAMS: Omit<JobParams, 'entity' | 'source'> = {
  // 0.5: more like the examples than like a typical record (calibrated odds). A higher default left broad
  // sources with no candidate at all (Olist's closed deals top out at 0.62); maxResults keeps the list short.
  minScore: 0.5,
  maxResults: 1000,
  exclude: [],
  filters: [],
  positiveOutcomes: ['won', 'replied'],
  weights: DEFAULT_POSITIVE_WEIGHTS,
  highScore: null,
  partWeights: { company: 0.7, lead: 0.3 },
  dim: Number(process.env.EMBEDDING_DIM) || 256,
  ignoreFields: [],
  strategy: 'auto',
  review: null,
};

