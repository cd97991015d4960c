/**
 * Number formatting and plain-text tables for benchmark output. Sizes use
 * decimal megabytes (10^6 bytes) so they compare directly with targets stated
 * in MB and with MB/s rates.
 */

export const MB = 1_000_000;

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
export const seconds = (s: number): string => `${s.toFixed(2)} s`;
export const perSecond = (n: number, s: number): string => (s > 0 ? count(n / s) : '–');
export const mbPerSecond = (bytes: number, s: number): string => (s > 0 ? (bytes / MB / s).toFixed(1) : '–');

/** PASS/MISS word for a benchmark target; benchmarks print verdicts, they never assert. */
export const verdict = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'PASS' : 'MISS');

/** Left-aligns the first column and right-aligns the rest, with a rule under the header. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = '  '): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]): string =>
    indent +
    widths
      .map((width, col) => (col === 0 ? (row[col] ?? '').padEnd(width) : (row[col] ?? '').padStart(width)))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
