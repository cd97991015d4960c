/**
 * Decides, record by record, what becomes a row, what is rejected and what is
 * skipped; the first non-blank record is the header.
 *
 * Rules (the import's contract with the user; each rejection says why):
 *  - a blank line (nothing, or only spaces) is skipped silently, but it still
 *    counts as a row so row numbers match the spreadsheet;
 *  - Salesforce report footers (`Grand Totals (5700 records)`, the
 *    confidentiality line, the copyright line) are rejected, not imported as
 *    leads;
 *  - a record whose cells are all empty (`,,,`) is rejected;
 *  - a cell holding a NUL character is rejected, naming its column (NULs
 *    break SQLite text and mean binary junk got into the export);
 *  - more cells than the header has columns is rejected, except one trailing
 *    empty cell (a trailing delimiter, which some exporters add);
 *  - fewer cells are padded with '' (exporters drop trailing empty cells);
 *  - broken quoting (from the splitter) is rejected, naming the cell's column;
 *  - bytes the decoder could not read are U+FFFD in the cell, and the row
 *    (header included) gets a warning naming the column and how many bytes
 *    (replaced-bytes.ts): kept, but never silently.
 *
 * Hot path: this runs for every record of a million-row file, so the common
 * case (right width, first cell non-empty, no NUL or unreadable byte in the
 * file so far, first cell not starting with G or C) costs a few comparisons
 * and no allocation besides the row object.
 */
import Papa from 'papaparse';
import { buildHeader } from './header';
import { REPLACEMENT, unmarkReplacedBytes } from './replaced-bytes';
import type { BrokenRecord, RecordSink } from './split-records';
import type { CsvHeader, CsvRejectedRow, CsvRow, CsvRowWarning, Delimiter } from './types';

/** A rejected row's raw text is cut beyond this many characters (a broken quote can make it megabytes). */
export const MAX_RAW_CHARS = 65_536;

const SALESFORCE_FOOTERS: readonly RegExp[] = [
  /^Grand Totals \([\d,.\s]+ records?\)$/i,
  /^Confidential Information - Do Not Distribute$/i,
  /^Copyright \(c\) \d{4}(-\d{4})? salesforce\.com, inc\. All rights reserved\.?$/i,
];
const CHAR_C = 67;
const CHAR_G = 71;

export type HeaderProblem = 'broken_quote' | 'no_names';

export class RowClassifier implements RecordSink {
  /** Output so far; the reader takes these arrays away (replacing them) as it yields chunks. */
  rows: CsvRow[] = [];
  rejected: CsvRejectedRow[] = [];
  warnings: CsvRowWarning[] = [];
  header: CsvHeader | null;
  headerRowNumber = 0;
  headerProblem: HeaderProblem | null = null;
  /** True once any record with content (header or not) has been seen. */
  sawContent = false;
  /**
   * Set by the reader once the file has shown a NUL byte, or a byte the
   * decoder could not read, anywhere; from then on every record has its cells
   * checked. The reader searches raw bytes (or asks the decoder) once per read,
   * which is far cheaper than searching every cell of every record.
   */
  mayContainNul = false;
  mayContainReplacedBytes = false;
  private width: number;
  private readonly delimiter: Delimiter;
  /** The file's encoding, named in warnings. */
  private readonly encoding: string;
  private headerSeen = false;

  /** `knownHeader`: the header found when the file was opened; the file's own first record is then skipped, not re-read. */
  constructor(options: { delimiter: Delimiter; encoding: string; knownHeader?: CsvHeader }) {
    this.delimiter = options.delimiter;
    this.encoding = options.encoding === 'utf-8' ? 'UTF-8' : options.encoding;
    this.header = options.knownHeader ?? null;
    this.width = this.header?.names.length ?? 0;
  }

  record(fields: string[], rowNumber: number): void {
    let n = fields.length;
    if (n === 1 && isBlank(fields[0] as string)) return;
    this.sawContent = true;
    if (this.mayContainReplacedBytes) this.unmarkCells(fields, rowNumber);
    if (!this.headerSeen) {
      this.acceptHeader(fields, rowNumber);
      return;
    }
    const first = fields[0] as string;
    const c0 = first.charCodeAt(0);
    if ((c0 === CHAR_G || c0 === CHAR_C) && isSalesforceFooter(fields)) {
      this.reject(rowNumber, this.joinCells(fields), 'Salesforce report footer, not a record', null);
      return;
    }
    if ((first.length === 0 || c0 <= 32) && allBlank(fields)) {
      this.reject(rowNumber, this.joinCells(fields), 'every cell is empty', null);
      return;
    }
    if (this.mayContainNul) {
      for (let i = 0; i < n; i++) {
        if ((fields[i] as string).indexOf('\0') !== -1) {
          this.reject(rowNumber, this.joinCells(fields), 'a cell contains a NUL character (binary data)', this.columnName(i));
          return;
        }
      }
    }
    const width = this.width;
    if (n > width) {
      if (n === width + 1 && fields[width] === '') {
        fields.length = width;
      } else {
        this.reject(rowNumber, this.joinCells(fields), `${n} cells, but the header has ${width} columns`, null);
        return;
      }
    }
    while (n < width) fields[n++] = '';
    this.rows.push({ rowNumber, fields });
  }

  broken(record: BrokenRecord): void {
    this.sawContent = true;
    if (this.mayContainReplacedBytes) {
      const unmarked = unmarkReplacedBytes(record.raw);
      if (unmarked !== null) this.warnReplaced(record.rowNumber, null, unmarked.bytes);
    }
    if (!this.headerSeen) {
      this.headerSeen = true;
      this.headerRowNumber = record.rowNumber;
      this.headerProblem = 'broken_quote';
      return;
    }
    const column = record.fieldIndex === null ? null : this.columnName(record.fieldIndex);
    const reason =
      record.kind === 'unterminated_quote' ? 'a quoted cell is never closed (its closing quote mark is missing)'
      : record.kind === 'malformed_quote' ? 'a quoted cell is malformed (a quote mark inside it is not doubled, or text follows its closing quote)'
      : 'the row is too long: usually a quote mark that never closes';
    this.reject(record.rowNumber, record.raw, reason, column);
  }

  private acceptHeader(fields: string[], rowNumber: number): void {
    this.headerSeen = true;
    this.headerRowNumber = rowNumber;
    if (this.header) return; // known from opening the file
    if (allBlank(fields)) {
      this.headerProblem = 'no_names';
      return;
    }
    this.header = buildHeader(fields);
    this.width = this.header.names.length;
  }

  /**
   * Turns the decoder's marks into U+FFFD and warns once per cell. Runs
   * before the row rules, so every replaced byte is counted, whatever
   * becomes of its row, and a rejected row's text shows U+FFFD too.
   */
  private unmarkCells(fields: string[], rowNumber: number): void {
    for (let i = 0; i < fields.length; i++) {
      const unmarked = unmarkReplacedBytes(fields[i] as string);
      if (unmarked === null) continue;
      fields[i] = unmarked.text;
      this.warnReplaced(rowNumber, this.columnName(i), unmarked.bytes);
    }
  }

  private warnReplaced(rowNumber: number, column: string | null, replacedBytes: number): void {
    const bytes = replacedBytes === 1 ? '1 byte' : `${replacedBytes} bytes`;
    const reason = `${bytes} not valid ${this.encoding}, replaced with ${REPLACEMENT}`;
    this.warnings.push({ rowNumber, column, reason, replacedBytes });
  }

  private columnName(index: number): string | null {
    return this.header?.names[index] ?? null;
  }

  private joinCells(fields: string[]): string {
    return Papa.unparse([fields], { delimiter: this.delimiter, newline: '\n' });
  }

  private reject(rowNumber: number, raw: string, reason: string, column: string | null): void {
    this.rejected.push({ rowNumber, raw: displayRaw(raw), reason, column });
  }
}

function isBlank(cell: string): boolean {
  return cell.length === 0 || cell.trim().length === 0;
}

function allBlank(fields: string[]): boolean {
  for (const f of fields) if (!isBlank(f)) return false;
  return true;
}

function isSalesforceFooter(fields: string[]): boolean {
  const text = (fields[0] as string).trim();
  if (!SALESFORCE_FOOTERS.some((re) => re.test(text))) return false;
  for (let i = 1; i < fields.length; i++) if (!isBlank(fields[i] as string)) return false;
  return true;
}

/** Raw text fit to show and store: NUL made visible as ␀, unreadable bytes as U+FFFD, cut at MAX_RAW_CHARS. */
function displayRaw(raw: string): string {
  const cut = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) + '…' : raw;
  const shown = unmarkReplacedBytes(cut)?.text ?? cut;
  return shown.indexOf('\0') === -1 ? shown : shown.replace(/\0/g, '\u2400');
}
