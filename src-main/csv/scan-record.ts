/**
 * The CSV grammar: reads one record at a time out of decoded text. Pure; the
 * streaming, row numbering and recovery around it live in split-records.ts.
 *
 * Rules (RFC 4180, plus what real exports need):
 *  - a record ends at CRLF, LF or a lone CR outside quotes, whichever comes
 *    first, as Python's csv and csv-parse read them. Exports mix them (a
 *    header line written by one tool, rows by another; a CRLF file with one
 *    bare LF), and a single "file newline" lost or merged rows (issue 9);
 *  - a cell is quoted only when its first character is a quote mark; inside
 *    it `""` is a quote mark and line ends are text. Spaces or tabs between
 *    the closing quote and the delimiter or line end are allowed and dropped
 *    (papaparse's leniency, which this reader had before);
 *  - a quote mark inside an unquoted cell is ordinary text (`5'11"`);
 *  - anything else after a closing quote, or a quote that never closes, makes
 *    the record broken: the caller rejects it up to the end of the line where
 *    the bad quote opens and resumes on the next line.
 *
 * Streaming: `final` false means more text may follow, so any answer that
 * depends on text not yet seen is INCOMPLETE (a record without its line end,
 * a CR that may be the first half of a CRLF, a quote that may be doubled).
 * The caller keeps the record's text and asks again with more; the answer
 * for a record is therefore the same however the file was cut into reads.
 *
 * Speed: a line with no quote mark before its end is split in one call
 * (the common case); the next quote, delimiter, LF and CR are each searched
 * for once per stretch of text, not once per record.
 */
import type { Delimiter } from './types';

export const RECORD = 0;
export const INCOMPLETE = 1;
export const BROKEN = 2;
export type ScanOutcome = typeof RECORD | typeof INCOMPLETE | typeof BROKEN;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** The next index ≥ a position where a character occurs (or the text's length), remembered while positions move forward. */
class NextIndex {
  private from = Number.POSITIVE_INFINITY;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  of(position: number): number {
    if (position < this.from || position > this.at) {
      const i = this.text.indexOf(this.char, position);
      this.at = i === -1 ? this.text.length : i;
      this.from = position;
    }
    return this.at;
  }
}

export class RecordScanner {
  /** After RECORD: the record's cells. */
  fields: string[] = [];
  /** After RECORD: where the next record starts. After BROKEN: where reading resumes (the line after the bad quote's line). */
  next = 0;
  /** After BROKEN: the bad cell's opening quote mark, the cell's index, and the end of the line the quote opens on. */
  quoteAt = -1;
  fieldIndex = 0;
  lineEnd = 0;

  private readonly length: number;
  private readonly delimiterCode: number;
  private readonly quotes: NextIndex;
  private readonly delimiters: NextIndex;
  private readonly lfs: NextIndex;
  private readonly crs: NextIndex;

  constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
    private readonly final: boolean,
  ) {
    this.length = text.length;
    this.delimiterCode = delimiter.charCodeAt(0);
    this.quotes = new NextIndex(text, '"');
    this.delimiters = new NextIndex(text, delimiter);
    this.lfs = new NextIndex(text, '\n');
    this.crs = new NextIndex(text, '\r');
  }

  /** Reads the record starting at `start` (< the text's length). */
  read(start: number): ScanOutcome {
    const lineEnd = this.lineEndFrom(start);
    if (this.quotes.of(start) >= lineEnd) {
      if (lineEnd === this.length && !this.final) return INCOMPLETE;
      const next = this.afterLineEnd(lineEnd);
      if (next < 0) return INCOMPLETE;
      this.fields = this.text.slice(start, lineEnd).split(this.delimiter);
      this.next = next;
      return RECORD;
    }
    return this.readCells(start);
  }

  /** A record with a quote mark somewhere on its first line: cell by cell. */
  private readCells(start: number): ScanOutcome {
    const text = this.text;
    const length = this.length;
    const fields: string[] = [];
    let position = start;
    for (;;) {
      let cellEnd: number;
      if (text.charCodeAt(position) === QUOTE) {
        const opening = position;
        let value = '';
        let from = opening + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) return this.final ? this.broken(opening, fields.length) : INCOMPLETE;
          if (quote + 1 >= length && !this.final) return INCOMPLETE; // doubled or closing: the next read tells
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          cellEnd = quote + 1;
          break;
        }
        while (cellEnd < length && this.isPadding(text.charCodeAt(cellEnd))) cellEnd++;
        if (cellEnd >= length && !this.final) return INCOMPLETE;
        const after = text.charCodeAt(cellEnd);
        if (cellEnd < length && after !== this.delimiterCode && after !== LF && after !== CR) return this.broken(opening, fields.length);
        fields.push(value);
      } else {
        const delimiter = this.delimiters.of(position);
        const lineEnd = this.lineEndFrom(position);
        cellEnd = delimiter < lineEnd ? delimiter : lineEnd;
        if (cellEnd >= length && !this.final) return INCOMPLETE;
        fields.push(text.slice(position, cellEnd));
      }
      if (cellEnd < length && text.charCodeAt(cellEnd) === this.delimiterCode) {
        position = cellEnd + 1;
        continue;
      }
      const next = this.afterLineEnd(cellEnd);
      if (next < 0) return INCOMPLETE;
      this.fields = fields;
      this.next = next;
      return RECORD;
    }
  }

  /** Spaces (and tabs, unless tab is the delimiter) allowed after a closing quote. */
  private isPadding(code: number): boolean {
    return code === SPACE || (code === TAB && this.delimiterCode !== TAB);
  }

  private broken(opening: number, fieldIndex: number): ScanOutcome {
    const lineEnd = this.lineEndFrom(opening);
    if (lineEnd === this.length && !this.final) return INCOMPLETE;
    const next = this.afterLineEnd(lineEnd);
    if (next < 0) return INCOMPLETE;
    this.quoteAt = opening;
    this.fieldIndex = fieldIndex;
    this.lineEnd = lineEnd;
    this.next = next;
    return BROKEN;
  }

  /** The first LF or CR at or after `position`, or the text's length. */
  private lineEndFrom(position: number): number {
    const lf = this.lfs.of(position);
    const cr = this.crs.of(position);
    return lf < cr ? lf : cr;
  }

  /** Index just past the line end at `at` (CRLF is one line end); -1 when a CR ends the text and an LF may follow in the next read. */
  private afterLineEnd(at: number): number {
    if (at >= this.length) return this.length;
    if (this.text.charCodeAt(at) !== CR) return at + 1;
    if (at + 1 < this.length) return this.text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    return this.final ? at + 1 : -1;
  }
}
