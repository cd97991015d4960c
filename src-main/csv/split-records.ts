/**
 * Splits decoded text, fed one read at a time, into records, counting rows as
 * a spreadsheet does (every record is one row, a blank line included, however
 * many lines its quoted cells span). The grammar itself is scan-record.ts;
 * this module keeps three promises around it:
 *
 *  - Broken quoting is a rejected row, not the end of the file. A quote that
 *    never closes (or a stray quote inside a quoted cell) would otherwise
 *    swallow the lines after it. We reject the text from the record's start
 *    to the end of the line where the bad quote opens, and resume on the next
 *    line, so later rows survive with their true row numbers. Hazard: the
 *    lines of a genuinely multi-line cell that holds a stray quote then come
 *    back as short junk rows; there is no way to tell the two apart.
 *  - Memory stays bounded. An unclosed quote makes the unfinished record grow
 *    with every read; past maxRecordChars it is rejected and reading resumes
 *    on the line after the quote. Re-reading a growing record is amortised:
 *    it is retried only once the new text is as long as the record so far.
 *  - Row numbers do not depend on where reads happen to cut the file: the
 *    scanner answers INCOMPLETE whenever unseen text could change a record.
 */
import { BROKEN, INCOMPLETE, RECORD, RecordScanner } from './scan-record';
import type { Delimiter } from './types';

export type BrokenRecordKind = 'unterminated_quote' | 'malformed_quote' | 'too_long';

export interface BrokenRecord {
  rowNumber: number;
  raw: string;
  /** Index of the cell where the bad quote opens; null when no one cell is to blame. */
  fieldIndex: number | null;
  kind: BrokenRecordKind;
}

export interface RecordSink {
  record(fields: string[], rowNumber: number): void;
  broken(record: BrokenRecord): void;
}

type Skipping = 'no' | 'to_line_end' | 'lf_after_cr';

export class RecordSplitter {
  private readonly delimiter: Delimiter;
  private readonly maxRecordChars: number;
  /** Text after the last whole record: the start of a record still being read. */
  private pending = '';
  private queued: string[] = [];
  private queuedLength = 0;
  /** After a too-long line: the rest of that line is dropped as it arrives. */
  private skipping: Skipping = 'no';
  private nextRowNumber = 1;

  constructor(options: { delimiter: Delimiter; maxRecordChars: number }) {
    this.delimiter = options.delimiter;
    this.maxRecordChars = options.maxRecordChars;
  }

  push(text: string, sink: RecordSink): void {
    if (this.skipping !== 'no') {
      text = this.skipRestOfLine(text);
      if (text.length === 0) return;
    }
    this.queued.push(text);
    this.queuedLength += text.length;
    if (this.queuedLength < this.pending.length) return;
    this.flush(false, sink);
  }

  /** Reads what is left as the end of the file. */
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

  /** Emits every whole record of `text`; returns the unfinished rest (none when final). */
  private consume(text: string, final: boolean, sink: RecordSink): string {
    const scanner = new RecordScanner(text, this.delimiter, final);
    let start = 0;
    while (start < text.length) {
      const outcome = scanner.read(start);
      if (outcome === INCOMPLETE) return text.slice(start);
      if (outcome === RECORD) sink.record(scanner.fields, this.nextRowNumber++);
      else this.rejectBroken(text, start, scanner, sink);
      start = scanner.next;
    }
    return '';
  }

  /** Rejects a broken record from its start to the end of the line where its bad quote opens. */
  private rejectBroken(text: string, start: number, scanner: RecordScanner, sink: RecordSink): void {
    // Named from what the user sees on that line: another (undoubled) quote mark after the opening one, or none.
    const hasStrayQuote = text.slice(scanner.quoteAt + 1, scanner.lineEnd).replace(/""/g, '').includes('"');
    sink.broken({
      rowNumber: this.nextRowNumber++,
      raw: text.slice(start, scanner.lineEnd),
      fieldIndex: scanner.fieldIndex,
      kind: hasStrayQuote ? 'malformed_quote' : 'unterminated_quote',
    });
  }

  /** The unfinished record has outgrown the limit: reject it and resume on the line after its bad quote. */
  private breakOverlongRecord(sink: RecordSink): void {
    const record = this.pending;
    // Read as if the file ended here: an open quote is then a broken record with a known line end.
    const scanner = new RecordScanner(record, this.delimiter, true);
    if (scanner.read(0) === BROKEN && scanner.lineEnd < record.length) {
      this.rejectBroken(record, 0, scanner, sink);
      this.pending = this.consume(record.slice(scanner.next), false, sink);
      return;
    }
    // One physical line longer than the limit: drop it up to its end.
    sink.broken({ rowNumber: this.nextRowNumber++, raw: record, fieldIndex: null, kind: 'too_long' });
    this.pending = '';
    this.skipping = 'to_line_end';
  }

  /** Drops text up to and including the line end of a too-long line; returns what follows. */
  private skipRestOfLine(text: string): string {
    if (this.skipping === 'lf_after_cr') {
      this.skipping = 'no';
      return text.charCodeAt(0) === 10 ? text.slice(1) : text;
    }
    const lf = text.indexOf('\n');
    const cr = text.indexOf('\r');
    const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
    if (end === -1) return '';
    if (end === cr && end === text.length - 1) {
      this.skipping = 'lf_after_cr';
      return '';
    }
    this.skipping = 'no';
    return text.slice(end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1);
  }
}
