/**
 * The streaming CSV reader: CRM exports of any size, any common encoding and
 * delimiter, in constant memory. See open-csv.ts for the entry points and the
 * other modules for each step (detect-binary, detect-encoding and utf8,
 * decode-stream and replaced-bytes, sniff-format, scan-record and
 * split-records, row-rules, read-rows).
 */
export { openCsv, previewCsv } from './open-csv';
export { CsvFileError, isCsvFileError, type CsvFileErrorCode } from './errors';
export type {
  CsvChunk,
  CsvFormat,
  CsvHeader,
  CsvPreview,
  CsvRejectedRow,
  CsvRow,
  CsvRowWarning,
  CsvSource,
  Delimiter,
  Newline,
  OpenCsvOptions,
} from './types';
