/**
 * Keeps the last job's embedding matrix (with its int8 copy) in memory, so
 * the next job on the same workspace, entity and vocabulary, with no import
 * in between, skips reading and quantising a million vectors. One entry: a
 * 1M-lead matrix is ~1.3 GB, and a desktop session works one workspace at a
 * time. A new process (the CLI) starts cold and reads the vector files.
 */
import type { Entity } from '../contract/dto';
import type { EmbeddingMatrix } from './embeddings';

interface Entry {
  key: string;
  matrix: EmbeddingMatrix;
}

let last: Entry | null = null;

export function matrixKey(workspace: string, entity: Entity, vocabVersion: string, dataVersion: number): string {
  return JSON.stringify([workspace, entity, vocabVersion, dataVersion]);
}

export function cachedMatrix(key: string): EmbeddingMatrix | null {
  return last?.key === key ? last.matrix : null;
}

export function rememberMatrix(key: string, matrix: EmbeddingMatrix): void {
  last = { key, matrix };
}

/** Drops the cached matrix (a workspace closed, or memory is wanted back). */
export function forgetMatrices(): void {
  last = null;
}
