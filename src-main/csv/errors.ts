/**
 * The one error the CSV reader throws for a file it cannot read at all.
 *
 * Why a class of its own: a bad *row* is data (a CsvRejectedRow), but a bad
 * *file* stops the import before it starts, and callers need to tell the user
 * which of a few things went wrong. The code is stable (callers switch on it);
 * the message is plain words meant to be shown after the file name, so it
 * does not repeat the name ("file is empty", not "leads.csv is empty").
 */
export type CsvFileErrorCode = 'not_found' | 'unreadable' | 'empty_file' | 'not_text' | 'no_header';

export class CsvFileError extends Error {
  readonly code: CsvFileErrorCode;
  readonly file: string;

  constructor(code: CsvFileErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CsvFileError';
    this.code = code;
    this.file = file;
  }
}

export function isCsvFileError(e: unknown): e is CsvFileError {
  return e instanceof CsvFileError;
}
