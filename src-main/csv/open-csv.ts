/**
 * Entry points: openCsv sniffs a file's format and header and hands back a
 * source whose chunks() streams the rows; previewCsv returns the first rows.
 *
 * Sniffing reads the first 64 KB, with one exception: when those bytes are
 * pure ASCII the encoding is still open (a Mac Roman `é` may sit megabytes
 * further on), so the rest of the file is scanned, natively and without
 * decoding, for its first non-ASCII byte. That costs one extra read of a
 * pure-ASCII file (page cache makes the real pass cheaper) and buys a format
 * that is known before the first row, so the import records the right
 * encoding and never re-decodes.
 *
 * Every failure to read the file as a whole is a CsvFileError; problems with
 * single rows are rejected rows in the chunks.
 */
import { isAscii } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createChunkDecoder, isSupportedEncoding, normalizeEncodingName } from './decode-stream';
import { describeBinaryContent } from './detect-binary';
import { chooseEncoding, detectBom, detectUtf16WithoutBom } from './detect-encoding';
import { CsvFileError } from './errors';
import { openForReading, readAt } from './file-access';
import { CsvPipeline, DEFAULT_CHUNK_ROWS, DEFAULT_MAX_RECORD_CHARS, readCsvChunks } from './read-rows';
import { DELIMITER_CANDIDATES, detectDelimiter, detectNewline } from './sniff-format';
import type { CsvFormat, CsvHeader, CsvPreview, CsvSource, OpenCsvOptions } from './types';

export const SAMPLE_BYTES = 64 * 1024;
const SCAN_BYTES = 4 * 1024 * 1024;
/** Bytes of context kept before the first non-ASCII byte, so the encoding scorer sees the word it sits in. */
const EVIDENCE_LEAD_BYTES = 64;
export const DEFAULT_PREVIEW_ROWS = 100;

export async function openCsv(path: string, options: OpenCsvOptions = {}): Promise<CsvSource> {
  checkOptions(options);
  const file = resolve(path);
  options.signal?.throwIfAborted();
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const { handle, size } = await openForReading(file);
  let format: CsvFormat;
  let header: CsvHeader;
  try {
    if (size === 0) throw new CsvFileError('empty_file', file, 'file is empty');
    const head = Buffer.allocUnsafe(Math.min(SAMPLE_BYTES, size));
    const headLength = await readAt(handle, head, head.length, 0);
    format = await sniffFormat(file, handle, head.subarray(0, headLength), size, options);
    header = await readHeader(file, handle, format, size, maxRecordChars, options.signal);
  } finally {
    await handle.close();
  }
  return {
    file,
    format,
    header,
    bytesTotal: size,
    chunks: () => readCsvChunks({ file, format, header, signal: options.signal, chunkRows, maxRecordChars }),
  };
}

export async function previewCsv(path: string, options: OpenCsvOptions & { rows?: number } = {}): Promise<CsvPreview> {
  const wanted = options.rows ?? DEFAULT_PREVIEW_ROWS;
  if (!Number.isInteger(wanted) || wanted < 1) throw new RangeError(`rows must be a positive integer, got ${wanted}`);
  const source = await openCsv(path, { ...options, chunkRows: wanted });
  const rows: CsvPreview['rows'] = [];
  const rejected: CsvPreview['rejected'] = [];
  const warnings: CsvPreview['warnings'] = [];
  for await (const chunk of source.chunks()) {
    for (const row of chunk.rows) if (rows.length < wanted) rows.push(row);
    rejected.push(...chunk.rejected);
    warnings.push(...chunk.warnings);
    if (rows.length >= wanted) break;
  }
  const lastShown = rows.length === wanted ? (rows[rows.length - 1]?.rowNumber ?? Infinity) : Infinity;
  const shown = <T extends { rowNumber: number }>(list: T[]) => list.filter((r) => r.rowNumber <= lastShown);
  return { format: source.format, header: source.header, rows, rejected: shown(rejected), warnings: shown(warnings) };
}

function checkOptions(options: OpenCsvOptions): void {
  if (options.delimiter !== undefined && !DELIMITER_CANDIDATES.includes(options.delimiter)) {
    throw new RangeError(`Unsupported delimiter ${JSON.stringify(options.delimiter)}`);
  }
  if (options.encoding !== undefined && !isSupportedEncoding(options.encoding)) throw new RangeError(`Unknown encoding "${options.encoding}"`);
  if (options.chunkRows !== undefined && (!Number.isInteger(options.chunkRows) || options.chunkRows < 1)) {
    throw new RangeError(`chunkRows must be a positive integer, got ${options.chunkRows}`);
  }
  if (options.maxRecordChars !== undefined && (!Number.isInteger(options.maxRecordChars) || options.maxRecordChars < 1)) {
    throw new RangeError(`maxRecordChars must be a positive integer, got ${options.maxRecordChars}`);
  }
}

async function sniffFormat(file: string, handle: FileHandle, head: Buffer, size: number, options: OpenCsvOptions): Promise<CsvFormat> {
  const bom = detectBom(head);
  let encoding = options.encoding !== undefined ? normalizeEncodingName(options.encoding) : (bom?.encoding ?? detectUtf16WithoutBom(head));
  const wide = encoding !== null && /^utf-(16|32)/.test(encoding);
  if (!wide) {
    const looksLike = describeBinaryContent(head.subarray(bom?.length ?? 0));
    if (looksLike) throw new CsvFileError('not_text', file, `file is not text: it looks like ${looksLike}`);
  }
  if (encoding === null) {
    // CR and LF are the same bytes in every ASCII-compatible encoding, so the line ending can inform the encoding choice.
    const newlineHint = detectNewline(head.toString('latin1'));
    if (!isAscii(head)) encoding = chooseEncoding(head, newlineHint);
    else {
      const evidence = head.length < size ? await findNonAsciiEvidence(handle, head.length, size, options.signal) : null;
      encoding = evidence === null ? 'utf-8' : chooseEncoding(evidence, newlineHint);
    }
  }
  const text = createChunkDecoder(encoding).write(head);
  const newline = detectNewline(text);
  const delimiter = options.delimiter ?? detectDelimiter(text, head.length >= size);
  return { encoding, bom: bom !== null, delimiter, newline };
}

/** The bytes from the file's first non-ASCII byte on (≥ 64 KB when the file has them), or null for a pure-ASCII file. */
async function findNonAsciiEvidence(handle: FileHandle, from: number, size: number, signal?: AbortSignal): Promise<Buffer | null> {
  const buffer = Buffer.allocUnsafe(SCAN_BYTES);
  for (let position = from; position < size; ) {
    signal?.throwIfAborted();
    const n = await readAt(handle, buffer, Math.min(SCAN_BYTES, size - position), position);
    if (n === 0) break;
    const block = buffer.subarray(0, n);
    if (!isAscii(block)) {
      let first = 0;
      while ((block[first] as number) < 0x80) first++;
      const evidence = Buffer.from(block.subarray(Math.max(0, first - EVIDENCE_LEAD_BYTES)));
      const more = Math.min(SAMPLE_BYTES, size - position - n);
      if (evidence.length >= SAMPLE_BYTES || more <= 0) return evidence;
      const extra = Buffer.allocUnsafe(more);
      const m = await readAt(handle, extra, more, position + n);
      return Buffer.concat([evidence, extra.subarray(0, m)]);
    }
    position += n;
  }
  return null;
}

/** Runs the real pipeline until the first non-blank record, so the header is read exactly as the rows will be. */
async function readHeader(
  file: string,
  handle: FileHandle,
  format: CsvFormat,
  size: number,
  maxRecordChars: number,
  signal?: AbortSignal,
): Promise<CsvHeader> {
  const pipeline = new CsvPipeline(format, { maxRecordChars });
  const found = pipeline.classifier;
  const buffer = Buffer.allocUnsafe(SAMPLE_BYTES);
  for (let position = 0; found.headerRowNumber === 0; ) {
    signal?.throwIfAborted();
    const n = position < size ? await readAt(handle, buffer, SAMPLE_BYTES, position) : 0;
    if (n === 0) {
      pipeline.finish();
      break;
    }
    position += n;
    pipeline.feed(buffer.subarray(0, n));
  }
  if (found.headerProblem === 'broken_quote') {
    throw new CsvFileError('no_header', file, 'the header row has a quote mark that is never closed or is malformed');
  }
  if (found.headerProblem === 'no_names') throw new CsvFileError('no_header', file, 'the first row has no column names');
  if (found.header === null) {
    if (!found.sawContent) throw new CsvFileError('empty_file', file, 'file is empty');
    throw new CsvFileError('no_header', file, 'no header row found');
  }
  return found.header;
}
