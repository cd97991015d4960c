/**
 * Splits decoded text, fed one read at a time, into records, counting rows as
 * a spreadsheet does (every record is one row, a blank line included, however
 * many lines its quoted cells span).
 *
 * papaparse's Parser does the splitting (quotes, doubled quotes, delimiters
 * and line breaks inside quotes). We drive it directly rather than through
 * Papa.parse's streamer to keep three things papaparse leaves to us:
 *
 *  - Broken quoting is a rejected row, not the end of the file. papaparse
 *    lets a quote that never closes (or a stray quote it cannot close) swallow
 *    the lines after it. We reject the text from the record's start to the end
 *    of the line where the bad quote opens, and resume parsing on the next
 *    line, so later rows survive with their true row numbers. Hazard: the
 *    lines of a genuinely multi-line cell that holds a stray quote then come
 *    back as short junk rows; there is no way to tell the two apart.
 *  - Memory stays bounded. An unclosed quote makes the unfinished record grow
 *    with every read; past maxRecordChars it is rejected and parsing resumes
 *    on the line after the quote. Re-parsing a growing record is amortised:
 *    it is retried only once the new text is as long as the record so far.
 *  - After a broken record the text is parsed in small windows (1 K
 *    characters, doubling while all goes well), so a file with a stray quote
 *    on every line costs a few K per line instead of re-parsing the whole
 *    remaining read each time.
 */
import Papa from 'papaparse';
import type { Delimiter, Newline } from './types';

export type BrokenRecordKind = 'unterminated_quote' | 'malformed_quote' | 'too_long';

export interface BrokenRecord {
  rowNumber: number;
  raw: string;
  /** Index of the cell where the bad quote opens; null when no one cell is to blame. */
  fieldIndex: number | null;
  kind: BrokenRecordKind;
}

export interface RecordSink {
  /** `mayContainNul` is false while the file has shown no NUL at all (the common case: no per-cell check needed). */
  record(fields: string[], rowNumber: number, mayContainNul: boolean): void;
  broken(record: BrokenRecord): void;
}

interface PapaError {
  code: string;
  row?: number;
  index?: number;
}

const RECOVERY_WINDOW_CHARS = 1024;

export class RecordSplitter {
  private readonly newline: Newline;
  private readonly parserConfig: Papa.ParseConfig;
  private readonly parser: Papa.Parser;
  private readonly maxRecordChars: number;
  /** Text after the last whole record: the start of a record still being read. */
  private pending = '';
  private queued: string[] = [];
  private queuedLength = 0;
  private skippingToNextLine = false;
  private nextRowNumber = 1;
  /**
   * Set by the caller once the file has shown a NUL anywhere; from then on
   * every record has its cells checked. Searching each read's text for NUL
   * here would be slow on two-byte strings; the caller searches raw bytes.
   */
  mayContainNul = false;

  constructor(options: { delimiter: Delimiter; newline: Newline; maxRecordChars: number }) {
    this.newline = options.newline;
    this.maxRecordChars = options.maxRecordChars;
    this.parserConfig = { delimiter: options.delimiter, newline: options.newline, quoteChar: '"' };
    this.parser = new Papa.Parser(this.parserConfig);
  }

  push(text: string, sink: RecordSink): void {
    if (this.skippingToNextLine) {
      const lineEnd = text.indexOf(this.newline);
      if (lineEnd === -1) return;
      this.skippingToNextLine = false;
      text = text.slice(lineEnd + this.newline.length);
    }
    this.queued.push(text);
    this.queuedLength += text.length;
    if (this.queuedLength < this.pending.length) return;
    this.flush(false, sink);
  }

  /** Parses what is left as the end of the file. */
  end(sink: RecordSink): void {
    this.flush(true, sink);
  }

  private flush(final: boolean, sink: RecordSink): void {
    const queued = this.queued.length === 1 ? (this.queued[0] as string) : this.queued.join('');
    this.queued = [];
    this.queuedLength = 0;
    this.pending = this.consume(this.pending + queued, final, sink);
    while (!final && this.pending.length > this.maxRecordChars) this.breakOverlongRecord(sink);
  }

  /** Emits every whole record of `input`; returns the unfinished rest (none when final). */
  private consume(input: string, final: boolean, sink: RecordSink): string {
    let start = 0;
    let window = input.length;
    while (start < input.length) {
      const end = Math.min(input.length, start + window);
      const isTail = end === input.length;
      const piece = start === 0 && isTail ? input : input.slice(start, end);
      const lastRecordIsWhole = final && isTail;
      const result = this.parser.parse(piece, 0, !lastRecordIsWhole);
      const data = result.data as string[][];
      const error = firstQuoteError(result.errors as PapaError[], data.length, lastRecordIsWhole ? null : { piece, newline: this.newline });
      if (error === null) {
        this.emit(data, data.length, sink);
        const consumed = result.meta.cursor as number;
        if (isTail) return lastRecordIsWhole ? '' : piece.slice(consumed);
        if (consumed > 0) start += consumed;
        window *= 2;
        continue;
      }
      this.emit(data, error.row, sink);
      start += this.rejectBrokenRecord(piece, error, sink);
      window = RECOVERY_WINDOW_CHARS;
    }
    return '';
  }

  private emit(data: string[][], count: number, sink: RecordSink): void {
    const mayContainNul = this.mayContainNul;
    for (let i = 0; i < count; i++) sink.record(data[i] as string[], this.nextRowNumber++, mayContainNul);
  }

  /**
   * Rejects the record with the quote error, from its start to the end of the
   * line where the bad quote opens; returns where parsing resumes in `piece`.
   */
  private rejectBrokenRecord(piece: string, error: { row: number; index: number; code: string }, sink: RecordSink): number {
    const recordStart = error.row === 0 ? 0 : this.cursorAfterRecords(piece, error.row);
    const openQuote = error.index - 1; // papaparse reports the index just past the opening quote
    const lineEnd = piece.indexOf(this.newline, openQuote);
    const end = lineEnd === -1 ? piece.length : lineEnd;
    // Named from what the user sees on that line: another (undoubled) quote mark after the opening one, or none.
    const hasStrayQuote = piece.slice(openQuote + 1, end).replace(/""/g, '').includes('"');
    sink.broken({
      rowNumber: this.nextRowNumber++,
      raw: piece.slice(recordStart, end),
      fieldIndex: this.fieldIndexAt(piece.slice(recordStart, openQuote)),
      kind: hasStrayQuote ? 'malformed_quote' : 'unterminated_quote',
    });
    return lineEnd === -1 ? piece.length : lineEnd + this.newline.length;
  }

  /** The unfinished record has outgrown the limit: reject it and resume on the line after its bad quote. */
  private breakOverlongRecord(sink: RecordSink): void {
    const record = this.pending;
    const result = this.parser.parse(record, 0, false);
    const error = firstQuoteError(result.errors as PapaError[], (result.data as unknown[]).length, null);
    const lineEnd = error === null ? -1 : record.indexOf(this.newline, error.index - 1);
    if (error !== null && lineEnd !== -1) {
      // The unfinished record is the first one here, so error.row is 0; emit defensively all the same.
      this.emit(result.data as string[][], error.row, sink);
      this.rejectBrokenRecord(record, error, sink);
      this.pending = this.consume(record.slice(lineEnd + this.newline.length), false, sink);
      return;
    }
    // One physical line longer than the limit: drop it up to its end.
    sink.broken({ rowNumber: this.nextRowNumber++, raw: record, fieldIndex: null, kind: 'too_long' });
    this.pending = '';
    this.skippingToNextLine = true;
  }

  /** Offset in `text` just past its first `records` records. */
  private cursorAfterRecords(text: string, records: number): number {
    return new Papa.Parser({ ...this.parserConfig, preview: records }).parse(text, 0, false).meta.cursor as number;
  }

  /** Index of the cell that starts right after `recordHead` (the record's text before the bad quote). */
  private fieldIndexAt(recordHead: string): number {
    if (recordHead === '') return 0;
    const rows = new Papa.Parser(this.parserConfig).parse(recordHead, 0, false).data as string[][];
    const last = rows[rows.length - 1];
    return last ? last.length - 1 : 0;
  }
}

/**
 * The quote error of the earliest record, if any. Errors on the unfinished
 * last record are normally retried with more text, but a stray quote there
 * (InvalidQuotes) is already certain once the line it opens on is complete,
 * and acting on it at once stops papaparse's swallowing of the following
 * lines from turning into a re-parse of the rest of the file per bad line.
 * Pass the parsed piece for that check, or null when the last record is
 * whole. One exception: a piece ending in a quote plus spaces can be a valid
 * closing quote whose delimiter is in the next read.
 */
function firstQuoteError(
  errors: PapaError[],
  wholeRecords: number,
  unfinished: { piece: string; newline: Newline } | null,
): { row: number; index: number; code: string } | null {
  let found: { row: number; index: number; code: string } | null = null;
  for (const e of errors) {
    if (e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') continue;
    if (e.row === undefined || e.index === undefined || e.row > wholeRecords) continue;
    if (found !== null && e.row >= found.row) continue;
    if (e.row === wholeRecords && !(unfinished !== null && e.code === 'InvalidQuotes' && isSettled(unfinished, e.index))) continue;
    found = { row: e.row, index: e.index, code: e.code };
  }
  return found;
}

function isSettled(unfinished: { piece: string; newline: Newline }, indexAfterOpenQuote: number): boolean {
  const { piece, newline } = unfinished;
  return piece.indexOf(newline, indexAfterOpenQuote) !== -1 && !endsWithQuoteAndSpaces(piece);
}

function endsWithQuoteAndSpaces(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '"';
}
