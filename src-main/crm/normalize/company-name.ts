/**
 * Company-name key used to link people to companies when no domain is known:
 * `Acme, Inc.`, `ACME Incorporated` and `Acmé` all become `acme`.
 * Accents are folded, `&` reads as `and`, anything but letters and digits
 * separates words, a leading `The` and trailing legal forms (Inc, LLC, Ltd,
 * GmbH & Co. KG, S.A., Pvt Ltd, Corporation, Co, …) are dropped, and the
 * remaining words are joined without spaces, so `Face Book` meets `Facebook`
 * and `J.P. Morgan` meets `JP Morgan`. A name made only of a legal form keeps it.
 *
 * Runs once per imported row, so it scans characters into a reused word
 * table instead of splitting with regular expressions.
 */
import { foldAccents } from '../header-key';
import { presentValue } from './missing';

const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company', 'cie',
  'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ug', 'ohg', 'ev', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv',
  'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'pty', 'pvt', 'pte', 'private', 'ltda', 'cia', 'kk', 'sdn', 'bhd', 'lda',
]);
/** Joiners left dangling once a legal form is removed (`Smith & Co` → `smith and`). */
const DANGLING = ['and', 'et', 'und'];
/** Words dropped from the end of a name. */
const SUFFIX_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...DANGLING]);
const NON_ASCII = /[^\u0000-\u007f]/g;
const LONGEST_SUFFIX = Math.max(...[...SUFFIX_WORDS].map((word) => word.length));

/** Word table reused across calls: [start, end) offsets; an `&` is stored as start = end = -1 and reads `and`. */
let wordStarts = new Int32Array(64);
let wordEnds = new Int32Array(64);

/** 1 for a lower-case letter or digit, 2 for an upper-case letter, 0 for a separator, -1 for non-ASCII (fold first). */
function charClass(code: number): number {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return 1;
  if (code >= 65 && code <= 90) return 2;
  return code > 127 ? -1 : 0;
}

/** Set by scanWords: the scanned text has upper-case letters. */
let sawUpperCase = false;

function pushWord(count: number, start: number, end: number): number {
  if (count === wordStarts.length) {
    const starts = new Int32Array(count * 2);
    const ends = new Int32Array(count * 2);
    starts.set(wordStarts);
    ends.set(wordEnds);
    wordStarts = starts;
    wordEnds = ends;
  }
  wordStarts[count] = start;
  wordEnds[count] = end;
  return count + 1;
}

function wordAt(text: string, i: number): string {
  const start = wordStarts[i] ?? 0;
  return start < 0 ? 'and' : text.slice(start, wordEnds[i]);
}

function wordLength(i: number): number {
  const start = wordStarts[i] ?? 0;
  return start < 0 ? 3 : (wordEnds[i] ?? 0) - start;
}

/** Summed length of words [first, end), or -1 when one of them is an `&`. */
function totalLength(first: number, end: number): number {
  let total = 0;
  for (let i = first; i < end; i++) {
    if ((wordStarts[i] ?? 0) < 0) return -1;
    total += wordLength(i);
  }
  return total;
}

/** Fills the word table from text; returns the word count, or -1 when a non-ASCII character was met. */
function scanWords(text: string): number {
  let count = 0;
  let start = -1;
  sawUpperCase = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = charClass(code);
    if (kind > 0) {
      if (kind === 2) sawUpperCase = true;
      if (start < 0) start = i;
      continue;
    }
    if (kind < 0) return -1;
    if (start >= 0) count = pushWord(count, start, i);
    start = -1;
    if (code === 38 /* & */) count = pushWord(count, -1, -1);
  }
  if (start >= 0) count = pushWord(count, start, text.length);
  return count;
}

export function companyNameKey(name: string | null | undefined): string | null {
  const present = presentValue(name);
  if (present === null) return null;
  // ASCII names are scanned as they are (lower-casing keeps every offset); others are folded
  // first (`Société` → `societe`), and what folding leaves non-ASCII (`株式会社`) separates words.
  let text = present;
  let count = scanWords(text);
  if (count < 0) {
    text = foldAccents(present).replace(NON_ASCII, ' ');
    count = scanWords(text);
  }
  if (count <= 0) return null;
  if (sawUpperCase) text = text.toLowerCase();

  let first = 0;
  if (count > 1 && wordLength(0) === 3 && wordAt(text, 0) === 'the') first = 1;
  let end = count;
  while (end - first > 1) {
    if (wordLength(end - 1) > LONGEST_SUFFIX) break;
    const last = wordAt(text, end - 1);
    if (SUFFIX_WORDS.has(last)) {
      end--;
      continue;
    }
    // Dotted initials (`S.A.`, `N.V.`, `L.L.C.`) arrive as single-letter words.
    if (last.length === 1) {
      let runStart = end - 1;
      while (runStart > first && wordLength(runStart - 1) === 1) runStart--;
      if (runStart > first && end - runStart > 1) {
        let run = '';
        for (let i = runStart; i < end; i++) run += wordAt(text, i);
        if (SUFFIX_WORDS.has(run)) {
          end = runStart;
          continue;
        }
      }
    }
    break;
  }

  // Most names are one run of words; slice once when nothing but word characters sits between them.
  const from = wordStarts[first] ?? 0;
  const to = wordEnds[end - 1] ?? 0;
  if (from >= 0 && to - from === totalLength(first, end)) return text.slice(from, to);
  let key = wordAt(text, first);
  for (let i = first + 1; i < end; i++) key += wordAt(text, i);
  return key;
}
