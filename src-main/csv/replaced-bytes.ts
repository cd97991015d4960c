/**
 * Bytes the decoder could not read, carried from the decoder to the row and
 * cell that hold them, so each one is counted and reported (issue 9: a stray
 * byte used to become U+FFFD without a word).
 *
 * The decoder writes a mark where a standard decoder writes U+FFFD: a lone
 * low surrogate U+DC01…U+DC03 whose low bits say how many bytes it replaced.
 * Lone surrogates never come out of decoding text (UTF-8 cannot encode them,
 * and a 4-byte sequence decodes to a whole pair, high half first), so a mark
 * is never confused with a character of the file, not even with a U+FFFD the
 * file itself contains. The row rules turn each mark into U+FFFD and count
 * it; no mark leaves the reader.
 */

export const REPLACEMENT = '\uFFFD';

/** A mark not preceded by a high surrogate (which would make it half of a real pair). */
const MARKS = /(?<![\uD800-\uDBFF])[\uDC01-\uDC03]/g;
const HAS_MARK = /(?<![\uD800-\uDBFF])[\uDC01-\uDC03]/;

/** The mark for one U+FFFD standing for `bytes` bytes (1 to 3). */
export function replacedMark(bytes: number): string {
  return String.fromCharCode(0xdc00 + Math.min(3, Math.max(1, bytes)));
}

export interface Unmarked {
  /** The text with each mark as U+FFFD. */
  text: string;
  /** Bytes the marks stood for. */
  bytes: number;
}

/** Null when the text holds no mark (the common case: no allocation). */
export function unmarkReplacedBytes(text: string): Unmarked | null {
  if (!HAS_MARK.test(text)) return null;
  let bytes = 0;
  const unmarked = text.replace(MARKS, (mark) => {
    bytes += mark.charCodeAt(0) - 0xdc00;
    return REPLACEMENT;
  });
  return { text: unmarked, bytes };
}
