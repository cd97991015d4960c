/**
 * What a well-kept, independent CSV parser makes of a file: csv-parse, strict
 * about quotes, ending records at CRLF, LF or CR as Python's csv does. The
 * fuzzer holds the importer to it: the same data rows, with the same row
 * numbers and the same cell text.
 *
 * Only the grammar is csv-parse's. The rest is the importer's documented
 * contract, applied to csv-parse's records: a row number counts every
 * record, blank ones included; the header is the first non-blank record; a
 * record that is one blank cell (nothing, or whitespace) is skipped silently;
 * every other record after the header is a data row, to be stored or
 * rejected with its number. A file csv-parse refuses (a quote it cannot read)
 * has no reference: the importer must then only not crash.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export interface ReferenceRow {
  rowNumber: number;
  fields: string[];
}

export type Reference = { kind: 'rows'; header: string[] | null; rows: ReferenceRow[] } | { kind: 'refused'; reason: string };

/** The file's text, decoded as a standard decoder does (U+FFFD for bytes the encoding cannot read; one leading BOM dropped). */
export function referenceText(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const isBlankRecord = (record: string[]): boolean => record.length === 1 && (record[0] as string).trim() === '';

export function referenceParse(text: string, delimiter: string): Reference {
  // csv-parse reads a NUL after a closing quote (`"abc"\0`) as part of the cell instead of refusing it as it
  // refuses any other character there; the importer rejects it as malformed. Neither reading is the reference.
  if (text.includes('"\0')) return { kind: 'refused', reason: 'a quote mark followed by NUL' };
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      quote: '"',
      escape: '"',
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
    }) as string[][];
  } catch (e) {
    return { kind: 'refused', reason: (e as { code?: string }).code ?? (e as Error).message };
  }
  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  if (headerIndex === -1) return { kind: 'rows', header: null, rows: [] };
  const rows: ReferenceRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const fields = records[i] as string[];
    if (!isBlankRecord(fields)) rows.push({ rowNumber: i + 1, fields });
  }
  return { kind: 'rows', header: records[headerIndex] as string[], rows };
}
