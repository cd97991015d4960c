/**
 * Worker-thread side of the shared-memory test: attaches to the store it is
 * handed and answers one top-K request over its shard.
 */
import { parentPort } from 'node:worker_threads';
import { scorerForHandle } from '../../../src-model/vector-search/row-scorer';
import type { VectorStoreHandle } from '../../../src-model/vector-search/vector-store';

export interface ShardRequest {
  handle: VectorStoreHandle;
  q: Float32Array;
  k: number;
  first: number;
  count: number;
  slot: number;
}

parentPort?.on('message', (request: ShardRequest) => {
  const { handle, q, ...options } = request;
  const result = scorerForHandle(handle).topK(q, options);
  parentPort?.postMessage({ rows: result.rows, scores: result.scores });
});
