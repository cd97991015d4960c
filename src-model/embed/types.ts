/**
 * What the embed task consumes: a vocabulary (built once per workspace from
 * its data) and a batch of records in columnar form (plain arrays and typed
 * arrays: cheap to clone into a worker, no row objects).
 */
import type { BlockName } from './layout';

/**
 * A numeric field, encoded as a soft one-hot over bands of its values: one
 * band per sentinel (a value that stands for "never" or "unknown", such as
 * -1, 0 or 999 held by many records, which would otherwise collapse the
 * cuts), then bands between the cut points of the other values, each
 * spilling a little onto its neighbours.
 */
export interface NumericFeature {
  key: string;
  /** Ascending cut points between the value bands (band b holds values ≤ cuts[b]; the last, the rest). */
  cuts: number[];
  /** Values with a band of their own. */
  sentinels?: number[];
}

export interface FeatureVocabulary {
  dim: number;
  /** Most frequent technologies (lower-case), one flag each in the tech block. */
  technologies: string[];
  /** Most frequent intent topics (lower-case). */
  intents: string[];
  /** Most frequent countries (ISO alpha-2) with a slot of their own in the geography block. */
  countries: string[];
  /** Extra fields of companies / leads used in the projection, by kind. */
  companyNumeric: NumericFeature[];
  companyCategorical: string[];
  leadNumeric: NumericFeature[];
  leadCategorical: string[];
  /**
   * The values of each categorical extra field with a slot of their own in
   * its part's "other" block, in slot order after the numeric bands; other
   * values of the field count for nothing (absent from older vocabularies:
   * then values are hashed).
   */
  companyValues?: Record<string, string[]>;
  leadValues?: Record<string, string[]>;
  /** Divides `score` onto 0–1 (1 for 0–1 scores, 100 for 0–100 scores). */
  scoreScale: number;
  /** Relative importance of each block inside its part (each block is unit-normalised first). */
  blockWeights: Record<BlockName, number>;
}

/** One batch of records; every array has `count` entries. Missing text is null, missing numbers NaN. */
export interface RecordBatch {
  count: number;
  ids: Int32Array;
  /** The lead's linked company (0: none). Its company part is filled in from the company's own embedding. */
  companyId: Int32Array;
  industry: (string | null)[];
  employees: Float64Array;
  revenue: Float64Array;
  companyCountry: (string | null)[];
  technologies: (string | null)[];
  intent: (string | null)[];
  /** Extra fields, already parsed (one JSON.parse per page, not per record); null when absent or damaged. */
  companyExtra: (Record<string, unknown> | null)[];
  title: (string | null)[];
  seniority: (string | null)[];
  department: (string | null)[];
  score: Float64Array;
  leadCountry: (string | null)[];
  leadState: (string | null)[];
  leadCity: (string | null)[];
  campaign: (string | null)[];
  leadExtra: (Record<string, unknown> | null)[];
  /** Headquarters location of the company (company part). */
  companyState: (string | null)[];
  companyCity: (string | null)[];
}
