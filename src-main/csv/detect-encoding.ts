/**
 * Decides how a CSV's bytes become text.
 *
 * Order of evidence, strongest first: a byte order mark; the NUL pattern of
 * UTF-16 without a BOM; UTF-8, valid or nearly so (pure ASCII is reported as
 * 'utf-8', its superset; see isMostlyUtf8); then chardet for legacy
 * encodings. chardet does not know Mac Roman and, on the few accented bytes a
 * CRM export has, it answers "windows-1252"/"ISO-8859-1" for both, so for a
 * Western single-byte answer we choose between windows-1252 and macintosh
 * ourselves (chooseWesternSingleByte): decode the bytes both ways and score
 * how plausible the accented characters are in their context (`Condé` beats
 * `CondŽ`, `Jake’s` beats `JakeÕs`, `€ 40` beats `Ä 40`); on a tie, CR-only
 * line ends mean a classic-Mac file (Excel for Mac's "CSV" is Mac Roman with
 * CR line ends).
 *
 * Hazard: the first 64 KB of an export are often pure ASCII while an accented
 * name sits megabytes later (crunchbase-companies.csv: first one at byte
 * 75,011). The caller must look further than the sample before settling on
 * 'utf-8'; see findNonAsciiEvidence in open-csv.ts.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import type { Newline } from './types';
import { tallyUtf8, withoutIncompleteTail } from './utf8';

export interface ByteOrderMark {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  length: number;
}

export function detectBom(head: Uint8Array): ByteOrderMark | null {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: mostly-Latin text has a NUL in every other byte.
 * Requires most high bytes to be NUL and almost no low bytes to be, which
 * an 8-bit file with a few NUL cells never matches.
 */
export function detectUtf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenNul++;
    if (sample[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** chardet names that mean "a Western European single-byte code page" and so go to the windows-1252/macintosh tie-breaker. */
const WESTERN_SINGLE_BYTE = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-15']);

/**
 * A non-Western chardet answer is trusted only with at least this confidence
 * (0-100) and more than twice that of its best Western answer: on a few
 * accented bytes chardet's scores are low and close (a Mac Roman export gets
 * windows-1252 28, windows-1250 21), while real Cyrillic text gets
 * windows-1251 34 against a Western 0.
 */
const MIN_CHARDET_CONFIDENCE = 20;

/** Bytes of context kept on each side of a non-ASCII byte when gathering evidence. */
const CONTEXT_BYTES = 16;
/** Evidence kept for chardet and the scorer: their cost grows with input (chardet: ~25 ms per 64 KB). */
const MAX_CONTEXT_BYTES = 16_384;
const LINE_BREAK = Uint8Array.of(0x0a);

/**
 * The parts of `bytes` around non-ASCII bytes, joined by LF: what tells
 * encodings apart, without the ASCII bulk every candidate decodes alike.
 * A part already taken is not taken again: one name repeated on every row
 * (or a pasted paragraph) is one piece of evidence, and left to fill the
 * context alone it can talk chardet into a wrong code page (found by the
 * import fuzzer: a Mac Roman file read as Windows-1250).
 */
export function nonAsciiContext(bytes: Uint8Array): Uint8Array {
  // A latin1 view maps byte i to character i; a regex finds high bytes far faster than a JS loop over the bytes.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const highRun = /[\x80-\xff]+/g;
  const parts: Uint8Array[] = [];
  const taken = new Set<string>();
  let kept = 0;
  let end = 0; // end of the last window looked at
  let keptEnd = -1; // end of the last window taken
  for (let m = highRun.exec(text); m !== null && kept < MAX_CONTEXT_BYTES; m = highRun.exec(text)) {
    const from = Math.max(end, m.index - CONTEXT_BYTES);
    const to = Math.min(bytes.length, m.index + m[0].length + CONTEXT_BYTES);
    end = to;
    highRun.lastIndex = Math.max(highRun.lastIndex, to);
    const window = text.slice(from, to);
    if (taken.has(window)) continue;
    taken.add(window);
    if (from !== keptEnd && parts.length > 0) parts.push(LINE_BREAK);
    parts.push(bytes.subarray(from, to));
    kept += to - from;
    keptEnd = to;
  }
  return Buffer.concat(parts);
}

/**
 * Encoding of bytes that contain non-ASCII characters and no BOM.
 * `newline` is the file's line ending when known (it breaks ties).
 */
export function chooseEncoding(evidence: Uint8Array, newline: Newline | null): string {
  const whole = withoutIncompleteTail(evidence);
  if (isUtf8(whole) || isMostlyUtf8(whole)) return 'utf-8';
  const context = nonAsciiContext(evidence);
  const matches = chardet.analyse(context);
  const top = matches[0];
  const westernBest = Math.max(0, ...matches.filter((m) => WESTERN_SINGLE_BYTE.has(m.name)).map((m) => m.confidence));
  if (top && !WESTERN_SINGLE_BYTE.has(top.name) && top.confidence >= MIN_CHARDET_CONFIDENCE && top.confidence > 2 * westernBest) {
    const name = top.name.toLowerCase();
    // UTF-16/32 were settled before (BOM, NUL pattern) and this text is not valid UTF-8.
    if (!name.startsWith('utf') && name !== 'ascii' && iconv.encodingExists(name)) return name;
  }
  return chooseWesternSingleByte(context, newline);
}

/**
 * UTF-8 with a few damaged bytes: at least as many valid multi-byte sequences
 * as invalid bytes. A stray Windows-1252 byte in a UTF-8 export (issue 9: one
 * 0x96 turned 1,361 names into mojibake) must not make the whole file a code
 * page; decoded as UTF-8, only the stray bytes are lost, and the decoder
 * reports each with its row. Legacy text is the other way round: nearly every
 * accented byte is invalid UTF-8, and the few pairs that happen to form a
 * valid sequence (Mac Roman `’é`) are far outnumbered. A file with no valid
 * multi-byte sequence at all stays legacy: there, a single high byte reads
 * better as a code-page character than as U+FFFD.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const { multiByte, invalidBytes } = tallyUtf8(bytes);
  return multiByte > 0 && multiByte >= invalidBytes;
}

const COMMON_LOWER = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ');
const COMMON_UPPER = new Set('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒ');
const TYPOGRAPHIC = new Set('‘“”…•™®©°€£¥§«»·');
const DASHES = new Set('–—');
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && LOWERCASE.test(c);

/**
 * How plausible the non-ASCII characters of `text` are, given the bytes they
 * came from (a single-byte decoding, so character i is byte i). Accented
 * letters inside words and typographic punctuation score up; an uppercase
 * accent after a lowercase letter (`CondŽ`) or standing alone (`Ä 40`), a
 * dash glued inside a word (`Telef—nica`), control characters and rare
 * symbols (`‡`, `∑`) score down.
 */
export function plausibilityScore(text: string, bytes: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    const c = text[i] as string;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (COMMON_LOWER.has(c)) score += isLetter(prev) || isLetter(next) ? 2 : 1;
    // A capital starts a word (`Élodie`, `ÖBB`); one standing alone is a symbol read wrongly (Mac `Ä` for a Windows `€`).
    else if (COMMON_UPPER.has(c)) score += isLower(prev) || !isLetter(next) ? -1 : 2;
    else if (c === '’') score += isLetter(prev) && isLetter(next) ? 3 : 1;
    else if (DASHES.has(c)) score += isLetter(prev) && isLetter(next) ? -1 : 1;
    else if (TYPOGRAPHIC.has(c)) score += 1;
    else if (c === '\uFFFD' || (c >= '\u0080' && c <= '\u009F')) score -= 3;
    else score -= 1;
  }
  return score;
}

/**
 * windows-1252 or macintosh (Mac Roman) for Western single-byte text:
 * the decoding whose accented characters are more plausible; on a tie,
 * CR-only line ends mean classic Mac, anything else Windows.
 */
export function chooseWesternSingleByte(bytes: Uint8Array, newline: Newline | null): 'windows-1252' | 'macintosh' {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mac = plausibilityScore(iconv.decode(buf, 'macintosh', { stripBOM: false }), bytes);
  const windows = plausibilityScore(iconv.decode(buf, 'windows-1252', { stripBOM: false }), bytes);
  if (mac !== windows) return mac > windows ? 'macintosh' : 'windows-1252';
  return newline === '\r' ? 'macintosh' : 'windows-1252';
}
