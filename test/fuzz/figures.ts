/** Totals over a fuzz run's verdicts, and the table `npm run fuzz` prints. */
import type { FileVerdict } from './check-import';

export interface FuzzFigures {
  files: number;
  imported: number;
  /** Refused with a clear error (not text, no header, no usable columns). */
  refused: number;
  /** Files csv-parse itself refuses (quotes it cannot read): only "no crash" is checked. */
  referenceRefused: number;
  crashes: number;
  hangs: number;
  /** Files where a reference row was neither stored nor rejected with its number. */
  silentRowLosses: number;
  rowsLost: number;
  /** Files with rows stored or rejected beyond the reference's. */
  extraRows: number;
  /** Files with a stored value that differs from the reference's cell. */
  byteMismatches: number;
  cellsCompared: number;
  integrityFailures: number;
}

export function tally(verdicts: readonly FileVerdict[], hangs: number): FuzzFigures {
  const count = (test: (v: FileVerdict) => boolean): number => verdicts.filter(test).length;
  return {
    files: verdicts.length + hangs,
    imported: count((v) => v.outcome === 'imported'),
    refused: count((v) => v.outcome === 'refused'),
    referenceRefused: count((v) => v.referenceRefused),
    crashes: count((v) => v.outcome === 'crashed'),
    hangs,
    silentRowLosses: count((v) => v.silentRowLoss > 0),
    rowsLost: verdicts.reduce((n, v) => n + v.silentRowLoss, 0),
    extraRows: count((v) => v.extraRows > 0),
    byteMismatches: count((v) => v.byteMismatches > 0),
    cellsCompared: verdicts.reduce((n, v) => n + v.cellsCompared, 0),
    integrityFailures: count((v) => !v.integrityOk),
  };
}

/** A file that broke a promise, in one line. */
export function failureOf(v: FileVerdict): string | null {
  if (v.outcome === 'crashed') return `crash: ${v.error}`;
  if (!v.integrityOk) return 'integrity check failed';
  if (v.silentRowLoss > 0) return `${v.silentRowLoss} rows lost silently: ${v.example}`;
  if (v.extraRows > 0) return `${v.extraRows} extra rows: ${v.example}`;
  if (v.byteMismatches > 0) return `${v.byteMismatches} values differ, e.g. ${v.example}`;
  return null;
}

export function isClean(f: FuzzFigures): boolean {
  return f.crashes + f.hangs + f.silentRowLosses + f.extraRows + f.byteMismatches + f.integrityFailures === 0;
}

export function figuresTable(f: FuzzFigures, seconds: number): string {
  const rows: [string, number | string][] = [
    ['files', f.files],
    ['  imported', f.imported],
    ['  refused with a clear error', f.refused],
    ['  refused by the reference parser (crash check only)', f.referenceRefused],
    ['crashes', f.crashes],
    ['hangs', f.hangs],
    ['silent row losses (files)', f.silentRowLosses],
    ['  rows lost', f.rowsLost],
    ['extra rows (files)', f.extraRows],
    ['byte mismatches (files)', f.byteMismatches],
    ['  cells compared', f.cellsCompared],
    ['integrity failures', f.integrityFailures],
    ['seconds', seconds.toFixed(1)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${String(typeof value === 'number' ? value.toLocaleString('en-US') : value).padStart(9)}`).join('\n');
}
