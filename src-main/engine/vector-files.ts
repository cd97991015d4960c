/**
 * The embedding cache's vector files, beside the workspace in
 * `<workspace>.cache/`. One file per shard, named by entity, shard and
 * feature version, holding count × dim little-endian float32s. The table
 * embedding_shards is the index; a file that is missing or the wrong size
 * just makes its shard count as stale and be rebuilt.
 *
 * Reads go straight into the caller's (shared) memory with no extra copy.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function cacheDir(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.cache`);
}

export function shardFileName(entity: string, shard: number, featureVersion: string, dataVersion: number): string {
  return `${entity}-${shard}-${featureVersion}-${dataVersion}.f32`;
}

/** Writes atomically (temp file + rename) so a crash never leaves a half file under a valid name. */
export function writeVectors(dir: string, name: string, vectors: Float32Array): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${name}.tmp`);
  writeFileSync(tmp, new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength));
  renameSync(tmp, join(dir, name));
}

/** Reads a shard's vectors into `into`; false when the file is missing or not exactly the expected size. */
export function readVectors(dir: string, name: string, into: Float32Array): boolean {
  const file = join(dir, name);
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).size !== into.byteLength) return false;
    const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n <= 0) return false;
      at += n;
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

export function removeVectors(dir: string, names: readonly string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}
