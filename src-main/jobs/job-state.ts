/**
 * What the phases of one job hand each other. Each field below the
 * constructor is set by the phase named beside it; phases run in the order
 * of phases/index.ts, so a phase reads only what an earlier one set.
 */
import type Database from 'better-sqlite3';
import type { ComputePool } from '../compute/pool';
import type { CoverageGapDto } from '../contract/dto';
import type { CandidateInput, JobResults } from '../db/queries/jobs';
import type { EmbeddingMatrix } from '../engine/embeddings';
import type { JobParams } from '../engine/job-params';
import type { PositiveSet } from '../engine/sources';
import type { VectorFileReader } from '../engine/vector-files';
import type { BacktestData } from '../../src-model/backtest/backtest';
import type { EmbeddingLayout } from '../../src-model/embed/layout';
import type { RowBitmap } from '../../src-model/vector-search/row-bitmap';
import type { ConcreteStrategy, Scorer, TrainingSet } from '../../src-model/strategies/types';
import type { ChosenVocabulary } from '../engine/source-matrix';

/** The exact top K rows under a scorer (phases/score.ts). */
export interface RankedRows {
  rows: Uint32Array;
  /** Raw scores (q·x + c of the best query), best first. */
  raw: Float64Array;
  /** The query that gave each row its score. */
  query: Int32Array;
}

export class JobState {
  /** Each phase's lap (`embeddingsMs`, …) and the counters phases add (`embeddedRows`, …); stored with the job. */
  readonly timings: Record<string, number> = {};
  readonly startedAt = performance.now();

  constructor(
    readonly db: Database.Database,
    readonly pool: ComputePool,
    readonly jobId: number,
    readonly params: JobParams,
    readonly signal: AbortSignal | undefined,
  ) {}

  /** source */
  positives!: PositiveSet;
  /** vocabulary: the feature vocabulary and what identifies the matrix built with it. */
  vocabulary!: ChosenVocabulary;
  /** embed */
  matrix!: EmbeddingMatrix;
  /** embed */
  layout!: EmbeddingLayout;
  /** embed: float rows from the shard files; the pipeline closes it. */
  reader: VectorFileReader | null = null;
  /** training-set: the examples, the known-bad records and a sample of the workspace. */
  training!: { data: BacktestData; ids: Int32Array };
  /** training-set */
  set!: TrainingSet;
  /** training-set: which parts of a record (company, lead) the examples carry. */
  present!: { company: boolean; lead: boolean };
  /** coverage */
  coverageGaps!: CoverageGapDto[];
  /** profile: the scorer candidates are ranked by (the backtest may replace it). */
  scorer!: Scorer;
  /** profile */
  strategy!: ConcreteStrategy;
  /** profile: the profile's description, stored with the job; diagnostics and backtest add to it. */
  profileInfo!: Record<string, unknown>;
  /** exclusions: rows that may not be candidates. */
  exclude!: RowBitmap;
  /** score */
  ranked!: RankedRows;
  /** reasons */
  candidates!: CandidateInput[];
  /** save: the candidates and the completed status are stored; the job's row keeps its final progress from here on. */
  candidatesSaved = false;
  /** backtest: a re-ranking's candidates and profile, saved with the backtest's figures. */
  reranked: { candidates?: CandidateInput[] } & Pick<JobResults, 'profile'> = {};

  /** Where the job's scores are written back ("list:3"). */
  get scoredSource(): { entity: JobParams['entity']; source: string } {
    return { entity: this.params.entity, source: `${this.params.source.kind}:${this.params.source.id}` };
  }
}
