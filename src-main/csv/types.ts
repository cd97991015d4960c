/**
 * The reader's public shapes. Plain data only (no classes besides the error),
 * so chunks can cross a worker or IPC boundary unchanged.
 */
export type Delimiter = ',' | ';' | '\t' | '|';
export type Newline = '\r\n' | '\n' | '\r';

export interface CsvFormat {
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh' | any other iconv-lite name. */
  encoding: string;
  /** True when the file starts with a byte order mark (it is never part of the data). */
  bom: boolean;
  delimiter: Delimiter;
  /** The line end most lines use (shown to the user); records end at any of CRLF, LF or a lone CR outside quotes. */
  newline: Newline;
}

export interface CsvHeader {
  /** Trimmed, never empty (`Column N`), unique case-insensitively (`Email`, `Email (2)`). */
  names: string[];
  /** The cells as they are in the file (a BOM never leaks in). */
  raw: string[];
}

export interface CsvRow {
  /** What a spreadsheet shows: header = row 1 (after any blank lines above it), blank lines count, a multi-line record is one row. */
  rowNumber: number;
  /** Exactly header.names.length entries; missing trailing cells are ''. */
  fields: string[];
}

export interface CsvRejectedRow {
  rowNumber: number;
  /** The row's text (re-joined with the delimiter when it was split; NUL shown as ␀; cut at 64 K characters with a trailing …). */
  raw: string;
  /** Plain words, for the user. */
  reason: string;
  /** Header of the column to blame, when one is. */
  column: string | null;
}

/** Something changed in a row that is kept: today, bytes the file's encoding cannot read. */
export interface CsvRowWarning {
  rowNumber: number;
  /** Header of the cell concerned, when one is (null for the text of a rejected broken row). */
  column: string | null;
  /** Plain words, for the user. */
  reason: string;
  /** Bytes of the file replaced with U+FFFD in this cell. */
  replacedBytes: number;
}

export interface CsvChunk {
  rows: CsvRow[];
  rejected: CsvRejectedRow[];
  /** Warnings about rows of this chunk or rows rejected in it (the header's come with the first chunk). */
  warnings: CsvRowWarning[];
  /** Bytes of the raw file read so far (for a progress bar against bytesTotal). */
  bytesRead: number;
  bytesTotal: number;
  /** Rows kept so far, this chunk included. */
  rowsSoFar: number;
  /** Rows rejected so far, this chunk included. */
  rejectedSoFar: number;
}

export interface OpenCsvOptions {
  /** Skip detection and decode with this iconv-lite encoding name. */
  encoding?: string;
  /** Skip detection and split on this delimiter. */
  delimiter?: Delimiter;
  signal?: AbortSignal;
  /** Rows per chunk (at most); default 1000. */
  chunkRows?: number;
  /**
   * A record still unfinished after this many characters is rejected (almost
   * always a quote that never closes) and reading resumes on the line after
   * its quote; default 16 Mi characters. Bounds memory. Only records longer
   * than one read (64 KB) are ever checked.
   */
  maxRecordChars?: number;
}

export interface CsvSource {
  /** Absolute path. */
  file: string;
  format: CsvFormat;
  header: CsvHeader;
  bytesTotal: number;
  /** Reads the file from the start; each call opens the file afresh. Throws the signal's reason when aborted. */
  chunks(): AsyncGenerator<CsvChunk>;
}

export interface CsvPreview {
  format: CsvFormat;
  header: CsvHeader;
  rows: CsvRow[];
  /** Rejected rows among the rows read for the preview. */
  rejected: CsvRejectedRow[];
  /** Warnings about the header and the rows read for the preview. */
  warnings: CsvRowWarning[];
}
