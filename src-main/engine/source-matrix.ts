/**
 * The vocabulary and embedding matrix of a job's entity, in two steps: which
 * features to encode with, then every record as a vector (the in-memory
 * matrix when nothing changed). A job runs the steps as two timed phases
 * (jobs/phases/vocabulary.ts, embed.ts); the check of the examples and eval
 * take both at once (`sourceMatrix`). One home, so the two never disagree.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import type { ComputePool } from '../compute/pool';
import { dataVersion } from '../db/queries/embedding-cache';
import { embeddingLayout } from '../../src-model/embed/layout';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { embeddingMatrix, type EmbeddingMatrix } from './embeddings';
import type { JobParams } from './job-params';
import { cachedMatrix, matrixKey, rememberMatrix } from './matrix-cache';
import { sourceDefiningFields } from './source-features';
import { workspaceVocabulary, type VocabularyBuilder } from './workspace-vocabulary';

export interface ChosenVocabulary {
  vocab: FeatureVocabulary;
  version: string;
  /** What identifies the matrix (workspace, entity, vocabulary, data version): the key of anything derived from it. */
  key: string;
  /** Columns left out because the source is defined by them (a segment on country must not rank by country). */
  sourceFields: string[];
  /** Whether the workspace's stored vocabulary still fitted the data. */
  kept: boolean;
}

/** The features to encode with: the stored vocabulary while it fits, else a fresh one, without the ignored and source-defining fields. */
export async function chooseVocabulary(
  db: Database.Database,
  spec: Pick<JobParams, 'entity' | 'source' | 'dim' | 'ignoreFields'>,
  build?: VocabularyBuilder,
): Promise<ChosenVocabulary> {
  const layout = embeddingLayout(spec.dim);
  const sourceFields = sourceDefiningFields(db, spec.entity, spec.source);
  const built = await workspaceVocabulary(db, spec.entity, layout.dim, [...new Set([...spec.ignoreFields, ...sourceFields])], build);
  return {
    vocab: built.vocab,
    version: built.version,
    key: matrixKey(db.name, spec.entity, built.version, dataVersion(db)),
    sourceFields,
    kept: built.origin !== 'rebuilt',
  };
}

export interface MatrixOptions {
  signal?: AbortSignal;
  onProgress?: (p: { processed: number; total: number }) => void;
}

/** Every record of the entity as a vector: kept in memory from the last job, else cached shards plus what is stale, embedded on the workers. */
export async function loadMatrix(
  db: Database.Database,
  pool: ComputePool,
  entity: Entity,
  chosen: ChosenVocabulary,
  options: MatrixOptions = {},
): Promise<{ matrix: EmbeddingMatrix; fromMemory: boolean }> {
  const inMemory = cachedMatrix(chosen.key);
  if (inMemory) return { matrix: inMemory, fromMemory: true };
  const matrix = await embeddingMatrix(db, pool, entity, { version: chosen.version, body: chosen.vocab }, options);
  rememberMatrix(chosen.key, matrix);
  return { matrix, fromMemory: false };
}

/** Both steps at once. */
export async function sourceMatrix(
  db: Database.Database,
  pool: ComputePool,
  spec: Pick<JobParams, 'entity' | 'source' | 'dim' | 'ignoreFields'>,
  options: MatrixOptions = {},
): Promise<ChosenVocabulary & { matrix: EmbeddingMatrix; fromMemory: boolean }> {
  const chosen = await chooseVocabulary(db, spec);
  return { ...chosen, ...(await loadMatrix(db, pool, spec.entity, chosen, options)) };
}
