/**
 * The embedding cache (table embedding_shards) and the change stamps that
 * decide whether a shard is still valid. A shard holds the records whose id
 * falls in [shard × SHARD_SIZE, (shard + 1) × SHARD_SIZE). A record's stamp
 * is the last import batch that changed it or its company; the workspace's
 * data_version is the last batch that changed anything. A shard built at
 * data version D is valid while no record in its range has a stamp above D
 * and its record count is unchanged.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { prepared } from '../statements';

export const SHARD_BITS = 14;
export const SHARD_SIZE = 1 << SHARD_BITS;

export interface ShardStamp {
  shard: number;
  count: number;
  stamp: number;
}

export interface StoredShard {
  shard: number;
  feature_version: string;
  data_version: number;
  dim: number;
  count: number;
  ids: Buffer;
  vectors_file: string;
}

export function dataVersion(db: Database.Database): number {
  const v = prepared<[], string>(db, "SELECT value FROM workspace_meta WHERE key = 'data_version'").pluck().get() as string | undefined;
  return Number(v ?? 0);
}

/** Called by an import that changed records: caches built before it are stale where its records are. */
export function setDataVersion(db: Database.Database, version: number): void {
  prepared(db, "INSERT INTO workspace_meta (key, value) VALUES ('data_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
    String(version),
  );
}

export function shardStamps(db: Database.Database, entity: Entity): ShardStamp[] {
  const sql =
    entity === 'leads'
      ? `SELECT l.id >> ${SHARD_BITS} AS shard, count(*) AS count,
           max(max(coalesce(l.last_batch_id, 0), coalesce(c.last_batch_id, 0))) AS stamp
         FROM leads l LEFT JOIN companies c ON c.id = l.company_id GROUP BY shard ORDER BY shard`
      : `SELECT id >> ${SHARD_BITS} AS shard, count(*) AS count, max(coalesce(last_batch_id, 0)) AS stamp
         FROM companies GROUP BY shard ORDER BY shard`;
  return prepared<[], ShardStamp>(db, sql).all();
}

export function storedShards(db: Database.Database, entity: Entity): StoredShard[] {
  return prepared<[string], StoredShard>(
    db,
    'SELECT shard, feature_version, data_version, dim, count, ids, vectors_file FROM embedding_shards WHERE entity = ? ORDER BY shard',
  ).all(entity);
}

export interface ShardIndexEntry {
  shard: number;
  featureVersion: string;
  dataVersion: number;
  dim: number;
  ids: Int32Array;
  vectorsFile: string;
}

/** Indexes shards whose files were written, in one transaction. */
export function saveShards(db: Database.Database, entity: Entity, shards: readonly ShardIndexEntry[]): void {
  if (shards.length === 0) return;
  const stmt = prepared(
    db,
    `INSERT INTO embedding_shards (entity, shard, feature_version, data_version, dim, count, ids, vectors_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(entity, shard) DO UPDATE SET feature_version = excluded.feature_version, data_version = excluded.data_version,
       dim = excluded.dim, count = excluded.count, ids = excluded.ids, vectors_file = excluded.vectors_file`,
  );
  db.transaction(() => {
    for (const s of shards) {
      stmt.run(entity, s.shard, s.featureVersion, s.dataVersion, s.dim, s.ids.length, Buffer.from(s.ids.buffer, s.ids.byteOffset, s.ids.byteLength), s.vectorsFile);
    }
  })();
}

/** Forgets shards whose id range no longer holds any record; returns their vector files for removal. */
export function deleteShardsExcept(db: Database.Database, entity: Entity, keep: readonly number[]): string[] {
  const keepJson = JSON.stringify(keep);
  const files = prepared<[string, string], string>(
    db,
    'SELECT vectors_file FROM embedding_shards WHERE entity = ? AND shard NOT IN (SELECT value FROM json_each(?))',
  )
    .pluck()
    .all(entity, keepJson) as unknown as string[];
  prepared(db, 'DELETE FROM embedding_shards WHERE entity = ? AND shard NOT IN (SELECT value FROM json_each(?))').run(entity, keepJson);
  return files;
}

export interface VocabularyRow {
  version: string;
  body: string;
}

export function storedVocabulary(db: Database.Database, entity: Entity): VocabularyRow | null {
  return prepared<[string], VocabularyRow>(db, 'SELECT version, body FROM feature_vocabularies WHERE entity = ?').get(entity) ?? null;
}

export function saveVocabulary(db: Database.Database, entity: Entity, version: string, body: unknown): void {
  prepared(
    db,
    `INSERT INTO feature_vocabularies (entity, version, body, built_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(entity) DO UPDATE SET version = excluded.version, body = excluded.body, built_at = excluded.built_at`,
  ).run(entity, version, JSON.stringify(body), new Date().toISOString());
}

/** Forgets every cached embedding and vocabulary (the files are the caller's to remove). Returns the files the index named. */
export function clearEmbeddingCache(db: Database.Database): string[] {
  const files = prepared<[], string>(db, 'SELECT vectors_file FROM embedding_shards').pluck().all() as unknown as string[];
  db.transaction(() => {
    prepared(db, 'DELETE FROM embedding_shards').run();
    prepared(db, 'DELETE FROM feature_vocabularies').run();
  })();
  return files;
}
