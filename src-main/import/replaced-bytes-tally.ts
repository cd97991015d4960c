/**
 * What the import preview says of the bytes an import will replace with
 * U+FFFD (bytes the file's encoding cannot read): how many, in how many rows,
 * and the first of those rows with their columns. Fed the reader's chunks as
 * the preview reads them; whether the whole file was read is the caller's to
 * say (a very large file is checked on its first REPLACED_CHECK_ROWS rows).
 */
import type { CsvChunk } from '../csv/index';

/** A preview stays quick on a million-row file with stray bytes: past this many rows it says the count is partial. */
export const REPLACED_CHECK_ROWS = 200_000;
/** Rows listed by number; the count covers them all. */
const ROWS_LISTED = 20;

export interface ReplacedBytesSummary {
  /** Bytes that will be stored as U+FFFD. */
  bytes: number;
  /** Rows holding at least one of them. */
  rows: number;
  /** The first rows holding them, with the columns and bytes in each (at most 20). */
  firstRows: { rowNumber: number; columns: string[]; bytes: number }[];
  /** Data rows looked at, and whether that is the whole file. */
  rowsChecked: number;
  wholeFile: boolean;
}

export class ReplacedBytesTally {
  private bytes = 0;
  private rowsChecked = 0;
  private lastRow = -1;
  private rowCount = 0;
  /** A chunk came past the limit unchecked. */
  private skipped = false;
  private readonly listed: ReplacedBytesSummary['firstRows'] = [];

  /** `limit`: rows to check before wantsMore turns false. */
  constructor(private readonly limit = REPLACED_CHECK_ROWS) {}

  get wantsMore(): boolean {
    return this.rowsChecked < this.limit;
  }

  add(chunk: CsvChunk): void {
    if (!this.wantsMore) {
      this.skipped = true;
      return;
    }
    this.rowsChecked += chunk.rows.length + chunk.rejected.length;
    for (const w of chunk.warnings) {
      if (w.replacedBytes <= 0) continue;
      this.bytes += w.replacedBytes;
      if (w.rowNumber !== this.lastRow) {
        this.lastRow = w.rowNumber;
        this.rowCount++;
        if (this.listed.length < ROWS_LISTED) this.listed.push({ rowNumber: w.rowNumber, columns: [], bytes: 0 });
      }
      const row = this.listed[this.listed.length - 1];
      if (row?.rowNumber === w.rowNumber) {
        row.bytes += w.replacedBytes;
        if (w.column !== null && !row.columns.includes(w.column)) row.columns.push(w.column);
      }
    }
  }

  /** `ended`: the reader reached the end of the file; `clean`: a check of the whole file found nothing to replace. */
  result(ended: boolean, clean = false): ReplacedBytesSummary {
    return {
      bytes: this.bytes,
      rows: this.rowCount,
      firstRows: this.listed.map((r) => ({ ...r, columns: [...r.columns] })),
      rowsChecked: this.rowsChecked,
      wholeFile: clean || (ended && !this.skipped),
    };
  }
}
