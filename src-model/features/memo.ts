/**
 * A bounded per-string cache for the feature mappers. Real CRM columns repeat
 * a few thousand distinct values over up to a million rows, so caching the
 * parsed result per distinct string turns the per-row cost into one Map lookup.
 *
 * Two generations instead of an LRU list: lookups hit `current`, then `previous`
 * (promoting the entry); when `current` is full it becomes `previous` and the
 * oldest generation is dropped. Memory stays under 2 × `capacity` entries, hot
 * values survive a rollover, and no per-hit bookkeeping is needed.
 *
 * Invariants: `compute` must be pure (same input, same output), because a value
 * may be computed again after it is evicted; values are never `undefined`
 * (the type forbids it), so a `get` miss needs no second `has` lookup.
 */
export type Memoized<V> = (key: string) => V;

export function createMemo<V extends NonNullable<unknown> | null>(
  capacity: number,
  compute: (key: string) => V,
): Memoized<V> {
  let current = new Map<string, V>();
  let previous = new Map<string, V>();
  return (key: string): V => {
    let value = current.get(key);
    if (value !== undefined) return value;
    value = previous.get(key);
    if (value === undefined) value = compute(key);
    if (current.size >= capacity) {
      previous = current;
      current = new Map();
    }
    current.set(key, value);
    return value;
  };
}
