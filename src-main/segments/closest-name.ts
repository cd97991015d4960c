/**
 * "Did you mean …?" for a mistyped field or value: the one candidate closest
 * to what was typed by edit distance (insertions, deletions, substitutions
 * and swaps of neighbours), ignoring case, spaces, dots and underscores. A
 * suggestion is only made when it is close enough to be the likely intent
 * (`industy` → `industry`, `job_title` → `title` is too far), so an unknown
 * word is never answered with a guess that would puzzle more than help.
 */

/** The candidate nearest `typed`, or null when none is within reach. */
export function closestName(typed: string, candidates: Iterable<string>): string | null {
  const key = fold(typed);
  if (!key) return null;
  // One edit per three letters, at least one and at most three.
  const reach = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = fold(candidate);
    if (Math.abs(other.length - key.length) > reach) continue;
    const d = editDistance(key, other);
    // Ties keep the earlier candidate: callers list the likelier names first.
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= reach ? best : null;
}

function fold(s: string): string {
  return s.trim().toLowerCase().replace(/[\s._-]+/g, '');
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
