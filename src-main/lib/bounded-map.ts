/**
 * A Map that forgets everything once it holds `limit` entries: a cache whose
 * memory stays flat however many distinct keys an import meets (issue 9,
 * defect 10: a Map of every company an import had seen grew with the file).
 *
 * Clearing rather than evicting the least recently used entry: a miss costs
 * only the indexed lookup the cache saves, so the bookkeeping of an LRU
 * (a delete and a set on every hit) would cost more than the misses after a
 * clear. String keys are detached (lib/detach-string.ts) so that a cached
 * key does not pin the CSV chunk it was cut from.
 */
import { detachString } from './detach-string';

export class BoundedMap<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(detachString(key), value);
  }

  get size(): number {
    return this.entries.size;
  }
}
