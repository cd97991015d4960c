/**
 * Guesses the line ending and the delimiter from the decoded start of a file.
 *
 * Newline: counted outside quoted cells (a quoted cell's own line breaks say
 * nothing: Excel writes LF inside cells of a CRLF file); the most frequent of
 * CRLF, lone LF and lone CR wins.
 *
 * Delimiter: our own scoring rather than papaparse's guess, which looks at 10
 * rows and prefers the most consistent count without tying it to the header.
 * Each candidate splits the sample with the reader's own grammar
 * (scan-record.ts: quotes honoured, any line end ends a record);
 * a candidate must split the header into at least two columns, and the one
 * whose data rows most often have the header's width wins (ties: more
 * columns, then the order , ; tab |). A trailing empty cell from a
 * trailing delimiter counts as the header's width, as the reader tolerates it.
 */
import { INCOMPLETE, RECORD, RecordScanner } from './scan-record';
import type { Delimiter, Newline } from './types';

export const DELIMITER_CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Records looked at per candidate. */
const SNIFF_RECORDS = 200;

export function detectNewline(text: string): Newline {
  const outsideQuotes = text.replace(/"[^"]*"/g, '');
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = outsideQuotes.indexOf('\r'); i !== -1; i = outsideQuotes.indexOf('\r', i + 1)) {
    if (outsideQuotes.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = outsideQuotes.indexOf('\n'); i !== -1; i = outsideQuotes.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf === 0 && lf === 0 && cr === 0) return '\n';
  if (crlf >= lf && crlf >= cr) return '\r\n';
  return lf >= cr ? '\n' : '\r';
}

function isBlankRecord(fields: string[]): boolean {
  return fields.length === 1 && (fields[0] as string).trim() === '';
}

interface DelimiterScore {
  delimiter: Delimiter;
  headerWidth: number;
  consistency: number;
}

/** The first non-blank records of the sample, as the reader will split them (broken ones left out). */
function sampleRecords(text: string, delimiter: Delimiter, complete: boolean): string[][] {
  const scanner = new RecordScanner(text, delimiter, complete);
  const records: string[][] = [];
  for (let start = 0; start < text.length && records.length < SNIFF_RECORDS; start = scanner.next) {
    const outcome = scanner.read(start);
    if (outcome === INCOMPLETE) break;
    if (outcome === RECORD && !isBlankRecord(scanner.fields)) records.push(scanner.fields);
  }
  return records;
}

function scoreDelimiter(text: string, delimiter: Delimiter, complete: boolean): DelimiterScore {
  const records = sampleRecords(text, delimiter, complete);
  const header = records[0];
  if (!header || header.length < 2) return { delimiter, headerWidth: header?.length ?? 0, consistency: 0 };
  const width = header.length;
  const data = records.slice(1);
  if (data.length === 0) return { delimiter, headerWidth: width, consistency: 1 };
  const fitting = data.filter((r) => r.length === width || (r.length === width + 1 && r[width] === '')).length;
  return { delimiter, headerWidth: width, consistency: fitting / data.length };
}

/**
 * `complete` is true when `text` is the whole file (its last line is then a
 * whole record, not a cut one). Falls back to ',' when no candidate splits
 * the header (a one-column file).
 */
export function detectDelimiter(text: string, complete: boolean): Delimiter {
  let best: DelimiterScore | null = null;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const s = scoreDelimiter(text, delimiter, complete);
    if (s.consistency === 0) continue;
    if (!best || s.consistency > best.consistency || (s.consistency === best.consistency && s.headerWidth > best.headerWidth)) best = s;
  }
  return best?.delimiter ?? ',';
}
