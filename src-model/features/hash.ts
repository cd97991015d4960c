/**
 * Feature hashing for keywords and extra fields ("the hashing trick").
 *
 * `hashString` is FNV-1a over UTF-16 code units followed by the murmur3 32-bit
 * finaliser. FNV-1a alone is fast and stable but its low bits mix poorly for
 * short, similar strings (`sales`/`saler`), and the slot is taken from the low
 * bits; the finaliser spreads every input bit over the whole word. The result
 * depends only on the string and the seed: it is identical across processes,
 * platforms and releases, so stored embeddings stay comparable. Changing this
 * function invalidates every stored embedding.
 *
 * Collisions: with `k` distinct strings in `m` slots, each pair shares a slot
 * with probability 1/m, so about k²/2m pairs collide (20 slots, 5 keywords per
 * title: ~0.6 colliding pairs per title). The sign bit comes from a different
 * bit of the same hash, so two colliding strings add with opposite signs half
 * the time; in expectation collisions cancel instead of piling up, and dot
 * products between hashed vectors stay unbiased (Weinberger et al., "Feature
 * Hashing for Large Scale Multitask Learning", 2009). Use different seeds for
 * different fields hashed into the same slots, so `title:lead` and
 * `tech:lead` do not always collide.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Plain 32-bit FNV-1a over UTF-16 code units; the seed is XORed into the offset
 * basis (seed 0 gives the standard FNV-1a, e.g. `'a'` → 0xe40c292c).
 */
export function fnv1a32(text: string, seed = 0): number {
  let hash = (FNV_OFFSET_BASIS ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Stable unsigned 32-bit hash of `text` (UTF-16 code units), varied by `seed`: FNV-1a, then murmur3's fmix32. */
export function hashString(text: string, seed = 0): number {
  let hash = fnv1a32(text, seed);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Slot and sign of `text` among `slots` slots, packed in one number so the hot
 * loop allocates nothing: a result `r >= 0` means slot `r` with sign +1, a
 * result `r < 0` means slot `~r` with sign −1. Decode with `slotOf` and
 * `signOf`, or use `addHashed`. The sign is the hash's top bit and the slot is
 * the remaining 31 bits modulo `slots` (for slots far below 2³¹ the modulo bias
 * is negligible).
 */
export function hashToSlot(text: string, slots: number, seed = 0): number {
  if (!(slots >= 1) || !Number.isInteger(slots)) throw new RangeError(`slots must be a positive integer, got ${slots}`);
  const hash = hashString(text, seed);
  const slot = (hash & 0x7fffffff) % slots;
  return hash >>> 31 === 1 ? ~slot : slot;
}

/** Slot index of a packed `hashToSlot` result. */
export function slotOf(packed: number): number {
  return packed < 0 ? ~packed : packed;
}

/** Sign (+1 or −1) of a packed `hashToSlot` result. */
export function signOf(packed: number): 1 | -1 {
  return packed < 0 ? -1 : 1;
}

/** Adds `weight × sign(text)` to `target[offset + slot(text)]`. */
export function addHashed(
  target: Float32Array,
  offset: number,
  slots: number,
  text: string,
  weight: number,
  seed = 0,
): void {
  const packed = hashToSlot(text, slots, seed);
  if (packed < 0) target[offset + ~packed]! -= weight;
  else target[offset + packed]! += weight;
}
