/**
 * Writing CSV that analysts open in Excel or load into their CRM.
 *
 * Formula injection: a text cell that starts with = + - @ tab or CR is
 * prefixed with `'` so a spreadsheet shows it instead of running it
 * (OWASP's CSV-injection advice). papaparse's `escapeFormulae: true` uses
 * /^[=+\-@\t\r].*$/, whose `.` stops at a line break — so a multi-line cell
 * such as "=HYPERLINK(…)\nx" slipped through; the anchored pattern below
 * looks at the first character only. Numbers are written as numbers and
 * left alone: -5 in a numeric column is a value, not a formula.
 *
 * Files start with a UTF-8 BOM (Excel otherwise reads UTF-8 as the local
 * code page and mangles accents) and use CRLF line ends (RFC 4180). They are
 * written to a temporary file beside the target and renamed when complete,
 * so a failed export never leaves a truncated file under the real name.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import Papa from 'papaparse';

/** The cells a spreadsheet would evaluate: the first character only, whatever follows. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

const UNPARSE: Papa.UnparseConfig = { escapeFormulae: FORMULA_START, newline: '\r\n', header: false };

/** Rows as CSV text, each line ended with CRLF; formula-like text cells neutralised. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  if (!rows.length) return '';
  return Papa.unparse(rows as CsvCell[][], UNPARSE) + '\r\n';
}

export interface CsvFileWriter {
  /** Appends rows; resolves once the file stream can take more (back-pressure). */
  write(rows: readonly (readonly CsvCell[])[]): Promise<void>;
  /** Flushes and moves the file into place. */
  finish(): Promise<void>;
  /** Removes the partial file; the target is left as it was. */
  abort(): Promise<void>;
}

export async function openCsvFile(path: string, header: readonly string[]): Promise<CsvFileWriter> {
  const partial = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(partial, { encoding: 'utf8' });
  await once(stream, 'open');
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const put = async (text: string) => {
    if (failure) throw failure;
    if (!stream.write(text)) await drained(stream);
  };
  await put('\uFEFF' + csvLines([header]));
  return {
    write: (rows) => put(csvLines(rows)),
    async finish() {
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
      await rename(partial, path);
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}

function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
