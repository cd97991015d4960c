/**
 * The streaming pass over a whole file: bytes → text → records → rows, in
 * chunks of at most chunkRows rows, with progress, in constant memory.
 *
 * Memory: two read buffers (the next read runs while this one is parsed),
 * the text of one read, the unfinished record carried to the next read
 * (bounded by maxRecordChars) and the rows of at most one chunk plus one
 * read. Peak RSS on a 209 MB, 1M-row file: ~140 MB, as for plain papaparse. A chunk is also yielded after every
 * PROGRESS_BYTES read, so a file of huge rows still moves the progress bar.
 *
 * Hazards: the generator owns a file handle; it is closed in `finally`, which
 * runs when the consumer finishes, breaks out of its for-await loop, or the
 * signal aborts (checked before every read; the signal's reason is thrown).
 */
import { createChunkDecoder, type ChunkDecoder } from './decode-stream';
import { openForReading, readAt } from './file-access';
import { RowClassifier } from './row-rules';
import { RecordSplitter } from './split-records';
import type { CsvChunk, CsvFormat, CsvHeader, CsvRejectedRow, CsvRow, CsvRowWarning } from './types';

/**
 * Bytes per read. Measured on a 1M-row export: 64 KB reads beat 512 KB and
 * 2 MB ones, because papaparse returns each read's rows at once and fewer
 * rows alive at a time means cheaper garbage collection.
 */
export const READ_BYTES = 64 * 1024;
/**
 * Rows per chunk. Measured on a 1M-row export: 1000 rows per chunk parse in
 * ~2/3 of the time 5000 take (same file, same reads), because rows waiting
 * for their chunk outlive V8's young generation and must be collected as old
 * objects. Consumers do per-row work anyway, so smaller chunks cost them nothing.
 */
export const DEFAULT_CHUNK_ROWS = 1000;
export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;
/**
 * Bytes decoded into one text (a read is fed in pieces of this size). Why:
 * a read's text outlives a scavenge while its rows are imported, and V8
 * promotes a surviving large object (over 128 KB) to the old generation at
 * once, where only a full collection frees it. A 64 KB read holding one
 * character beyond Latin-1 ("Łukasz") decodes to 128 KB of two-byte text,
 * and one such text was promoted at nearly every scavenge: on a 1M-row
 * re-import the large-object space grew by ~33 MB before V8 collected it
 * (peak RSS 244 MB against 197 MB in pieces; issue 9, defect 10). At most
 * 32 K characters, a text is an ordinary young object and dies young, as
 * its rows do.
 */
const TEXT_PIECE_BYTES = 32 * 1024;
const PROGRESS_BYTES = 8 * 1024 * 1024;

/** Decoder, splitter and row rules for one pass over one file. */
export class CsvPipeline {
  readonly classifier: RowClassifier;
  private readonly decoder: ChunkDecoder;
  private readonly splitter: RecordSplitter;
  /** In UTF-16/32 a zero byte is ordinary, so NUL characters are looked for in the text instead. */
  private readonly wide: boolean;

  constructor(format: CsvFormat, options: { knownHeader?: CsvHeader; maxRecordChars: number }) {
    this.decoder = createChunkDecoder(format.encoding);
    this.splitter = new RecordSplitter({ delimiter: format.delimiter, maxRecordChars: options.maxRecordChars });
    this.wide = /^utf-(16|32)/.test(this.decoder.encoding);
    this.classifier = new RowClassifier({ delimiter: format.delimiter, encoding: this.decoder.encoding, knownHeader: options.knownHeader });
  }

  /** Decodes and splits `bytes` TEXT_PIECE_BYTES at a time (see there: the text must stay a young object). */
  feed(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; at += TEXT_PIECE_BYTES) this.feedPiece(bytes.subarray(at, at + TEXT_PIECE_BYTES));
  }

  private feedPiece(bytes: Uint8Array): void {
    const text = this.decoder.write(bytes);
    const rules = this.classifier;
    if (!rules.mayContainNul && (this.wide ? text.indexOf('\0') !== -1 : bytes.indexOf(0) !== -1)) rules.mayContainNul = true;
    if (this.decoder.marks > 0) rules.mayContainReplacedBytes = true;
    if (text.length > 0) this.splitter.push(text, rules);
  }

  finish(): void {
    const tail = this.decoder.end();
    if (this.decoder.marks > 0) this.classifier.mayContainReplacedBytes = true;
    if (tail.length > 0) this.splitter.push(tail, this.classifier);
    this.splitter.end(this.classifier);
  }
}

export interface ReadChunksOptions {
  file: string;
  format: CsvFormat;
  header: CsvHeader;
  signal?: AbortSignal;
  chunkRows: number;
  maxRecordChars: number;
  /** Bytes per read; READ_BYTES unless a benchmark says otherwise. */
  readBytes?: number;
}

export async function* readCsvChunks(options: ReadChunksOptions): AsyncGenerator<CsvChunk> {
  const { file, format, header, signal, chunkRows, maxRecordChars } = options;
  signal?.throwIfAborted();
  const { handle, size } = await openForReading(file);
  let inFlight: Promise<number> | null = null;
  try {
    const pipeline = new CsvPipeline(format, { knownHeader: header, maxRecordChars });
    const out = pipeline.classifier;
    const readBytes = options.readBytes ?? READ_BYTES;
    // Two buffers: the next read runs on the thread pool while this one is parsed.
    let filling = Buffer.allocUnsafe(readBytes);
    let spare = Buffer.allocUnsafe(readBytes);
    let bytesRead = 0;
    let bytesAtLastChunk = 0;
    let rowsSoFar = 0;
    let rejectedSoFar = 0;

    const makeChunk = (rows: CsvRow[], rejected: CsvRejectedRow[], warnings: CsvRowWarning[]): CsvChunk => {
      rowsSoFar += rows.length;
      rejectedSoFar += rejected.length;
      bytesAtLastChunk = bytesRead;
      return { rows, rejected, warnings, bytesRead, bytesTotal: size, rowsSoFar, rejectedSoFar };
    };

    function* take(final: boolean): Generator<CsvChunk> {
      const due =
        final ||
        out.rows.length >= chunkRows ||
        out.rejected.length >= chunkRows ||
        out.warnings.length >= chunkRows ||
        bytesRead - bytesAtLastChunk >= PROGRESS_BYTES;
      if (!due) return;
      const rows = out.rows;
      let rejected = out.rejected;
      // Warnings go out with the first chunk yielded: never after the rows they concern.
      let warnings = out.warnings;
      out.rows = [];
      out.rejected = [];
      out.warnings = [];
      let i = 0;
      for (; i + chunkRows <= rows.length; i += chunkRows) {
        yield makeChunk(rows.slice(i, i + chunkRows), rejected, warnings);
        rejected = [];
        warnings = [];
      }
      const rest = i === 0 ? rows : rows.slice(i);
      if (final || rejected.length > 0 || warnings.length >= chunkRows || bytesRead - bytesAtLastChunk >= PROGRESS_BYTES) {
        yield makeChunk(rest, rejected, warnings);
      } else {
        out.rows = rest;
        out.warnings = warnings;
      }
    }

    inFlight = readAt(handle, filling, readBytes, 0);
    for (;;) {
      const n = await inFlight;
      inFlight = null;
      if (n === 0) break;
      signal?.throwIfAborted();
      bytesRead += n;
      const filled = filling;
      filling = spare;
      spare = filled;
      inFlight = readAt(handle, filling, readBytes, bytesRead);
      pipeline.feed(filled.subarray(0, n));
      yield* take(false);
    }
    signal?.throwIfAborted();
    pipeline.finish();
    yield* take(true);
  } finally {
    // A read may still be running (the consumer stopped early, or abort): let it land before closing its handle.
    await inFlight?.catch(() => 0);
    await handle.close();
  }
}
