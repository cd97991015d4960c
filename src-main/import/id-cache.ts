/**
 * A cache of key → record id (a company's strongest key, a campaign's key)
 * whose memory is allocated once, when the import starts, and never again.
 *
 * Why not a Map (issue 9, defect 10): a cache entry lives across many rows, so
 * V8 promotes its key string and the Map's table to the old generation, and
 * every entry the cache later drops is old garbage, freed only by a full
 * collection. The benchmark's 1M-row file links ~98k companies; a Map of
 * at most 50k that forgot everything when full kept refilling, and its
 * dropped keys and tables were ~70 of the ~105 MB a sampling heap profile
 * saw promoted on a re-import (peak RSS 266 MB, against 197 MB with this
 * cache and 196 MB at 100k rows). Here keys are copied into typed arrays
 * allocated once, so a miss or a replacement allocates nothing.
 *
 * Layout: 4-way set-associative. A key hashes to one set of four slots; a new
 * key takes an empty slot of its set, else the slots are overwritten in turn.
 * A hit compares the whole key, so a cached id is always the key's own; a
 * key longer than MAX_KEY_CHARS is never cached (it costs its lookup, as
 * any miss does). Forgetting never changes what a row links to: the caller
 * looks up what the cache does not know.
 */

/** Longer keys are looked up every time; CRM ids, domains and company names are nearly all shorter. */
export const MAX_KEY_CHARS = 48;
const WAYS = 4;

export class IdCache {
  private readonly ways: number;
  private readonly setMask: number;
  /** Per slot: the key's hash, its length + 1 (0: empty), its id, and its characters (MAX_KEY_CHARS per slot). */
  private readonly hashes: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly ids: Float64Array;
  private readonly chars: Uint16Array;
  /** Per set: the slot the next new key overwrites when the set is full. */
  private readonly victims: Uint8Array;

  /** Holds at most `capacity` keys (rounded up to a power of two); about 100 bytes a key, allocated up front. */
  constructor(capacity: number) {
    this.ways = Math.max(1, Math.min(WAYS, capacity));
    let sets = 1;
    while (sets * this.ways < capacity) sets *= 2;
    this.setMask = sets - 1;
    const slots = sets * this.ways;
    this.hashes = new Int32Array(slots);
    this.lengths = new Uint8Array(slots);
    this.ids = new Float64Array(slots);
    this.chars = new Uint16Array(slots * MAX_KEY_CHARS);
    this.victims = new Uint8Array(sets);
  }

  get(key: string): number | undefined {
    if (key.length > MAX_KEY_CHARS) return undefined;
    const hash = hashOf(key);
    const slot = this.find(key, hash);
    return slot === -1 ? undefined : this.ids[slot];
  }

  set(key: string, id: number): void {
    if (key.length > MAX_KEY_CHARS) return;
    const hash = hashOf(key);
    let slot = this.find(key, hash);
    if (slot === -1) {
      slot = this.freeSlot(hash);
      this.hashes[slot] = hash;
      this.lengths[slot] = key.length + 1;
      const at = slot * MAX_KEY_CHARS;
      for (let i = 0; i < key.length; i++) this.chars[at + i] = key.charCodeAt(i);
    }
    this.ids[slot] = id;
  }

  /** The slot holding `key`, or -1. */
  private find(key: string, hash: number): number {
    const first = (hash & this.setMask) * this.ways;
    for (let slot = first; slot < first + this.ways; slot++) {
      if (this.hashes[slot] !== hash || this.lengths[slot] !== key.length + 1) continue;
      const at = slot * MAX_KEY_CHARS;
      let i = 0;
      while (i < key.length && this.chars[at + i] === key.charCodeAt(i)) i++;
      if (i === key.length) return slot;
    }
    return -1;
  }

  /** An empty slot of the key's set, else the set's next slot in turn. */
  private freeSlot(hash: number): number {
    const set = hash & this.setMask;
    const first = set * this.ways;
    for (let slot = first; slot < first + this.ways; slot++) if (this.lengths[slot] === 0) return slot;
    const way = this.victims[set]!;
    this.victims[set] = (way + 1) % this.ways;
    return first + way;
  }
}

/** FNV-1a over UTF-16 code units, mixed so that the low bits (the set) depend on every character. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
