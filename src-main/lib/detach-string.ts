/**
 * A copy of `s` that does not keep a larger string alive.
 *
 * Why: the CSV reader cuts each field out of a decoded chunk of about 64K
 * characters, and V8 represents such a cut (13 characters or longer) as a
 * view into the chunk. A field kept in a long-lived map or cache — a company
 * domain, a memoised value — then pins its whole chunk: measured on a
 * 1M-row import, ~0.4 KB of heap per row that was never freed. Concatenating
 * forces a flat copy of just these characters; slicing that copy makes a view
 * into the small copy only.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
