/**
 * The vocabulary a job encodes with: the stored one while nothing was
 * imported since it was built, or while a fresh build from the current data
 * is within tolerance of it (vocabulary-fit.ts), so that a small import
 * re-embeds only the shards it touched; otherwise the fresh one, which then
 * replaces it (and every shard is re-embedded under its new version).
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { dataVersion, saveVocabulary, storedVocabulary } from '../db/queries/embedding-cache';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { buildVocabulary, ENCODER_VERSION } from './vocabulary';
import { vocabularyStillFits } from './vocabulary-fit';

export interface WorkspaceVocabulary {
  version: string;
  vocab: FeatureVocabulary;
  /** How it was decided: kept as built for this data, kept because a fresh build still fits, or built anew. */
  origin: 'current' | 'still-fits' | 'rebuilt';
}

interface StoredBody {
  /** The build options (encoder, dim, ignored fields) plus the data version it was last checked against. */
  key?: string;
  vocab?: FeatureVocabulary;
}

/** The vocabulary the workspace last encoded with, or null (no job yet, or a damaged row). */
export function currentVocabulary(db: Database.Database, entity: Entity): FeatureVocabulary | null {
  const stored = storedVocabulary(db, entity);
  if (!stored) return null;
  try {
    return (JSON.parse(stored.body) as StoredBody).vocab ?? null;
  } catch {
    return null;
  }
}

/** A fresh vocabulary built from the workspace's data: here (buildVocabulary), or on the read worker. */
export type VocabularyBuilder = (
  entity: Entity,
  options: { dim: number; ignoreFields: string[] },
) => { vocab: FeatureVocabulary; version: string } | Promise<{ vocab: FeatureVocabulary; version: string }>;

export async function workspaceVocabulary(
  db: Database.Database,
  entity: Entity,
  dim: number,
  ignoreFields: readonly string[],
  build: VocabularyBuilder = (e, options) => buildVocabulary(db, e, options),
): Promise<WorkspaceVocabulary> {
  const options = JSON.stringify({ encoder: ENCODER_VERSION, dim, ignoreFields: [...ignoreFields].sort() });
  const key = `${options}@${dataVersion(db)}`;
  const stored = storedVocabulary(db, entity);
  const body = stored ? (JSON.parse(stored.body) as StoredBody) : null;
  if (stored && body?.vocab && body.key === key) return { version: stored.version, vocab: body.vocab, origin: 'current' };

  const fresh = await build(entity, { dim, ignoreFields: [...ignoreFields] });
  const sameOptions = body?.key?.startsWith(`${options}@`) ?? false;
  if (stored && body?.vocab && sameOptions && vocabularyStillFits(body.vocab, fresh.vocab)) {
    saveVocabulary(db, entity, stored.version, { key, vocab: body.vocab });
    return { version: stored.version, vocab: body.vocab, origin: 'still-fits' };
  }
  saveVocabulary(db, entity, fresh.version, { key, vocab: fresh.vocab });
  return { ...fresh, origin: 'rebuilt' };
}
