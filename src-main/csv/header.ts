/**
 * Turns the header row's cells into column names the rest of the app can key
 * on: trimmed, never empty, unique.
 *
 * Uniqueness is case-insensitive (`Email`, `email (2)`) because SQLite column
 * names and most people treat them the same. A suffix never collides with a
 * name that is already in the file: `Email, Email, Email (2)` becomes
 * `Email, Email (3), Email (2)`.
 */
import type { CsvHeader } from './types';

const BOM = '\uFEFF';

export function buildHeader(cells: readonly string[]): CsvHeader {
  const raw = cells.map((c, i) => (i === 0 && c.startsWith(BOM) ? c.slice(1) : c));
  const wanted = raw.map((c, i) => c.trim() || `Column ${i + 1}`);
  const inFile = new Set(wanted.map((n) => n.toLowerCase()));
  const taken = new Set<string>();
  const names = wanted.map((name) => {
    let unique = name;
    if (taken.has(unique.toLowerCase())) {
      let n = 2;
      while (taken.has(`${name} (${n})`.toLowerCase()) || inFile.has(`${name} (${n})`.toLowerCase())) n++;
      unique = `${name} (${n})`;
    }
    taken.add(unique.toLowerCase());
    return unique;
  });
  return { names, raw };
}
