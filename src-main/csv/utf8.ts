/**
 * UTF-8 sequence rules, byte by byte, for the two places that need more than
 * "is this valid": the encoding guess (how much of the file is UTF-8?) and the
 * decoder (which bytes does it replace, and how many?).
 *
 * Invalid bytes are grouped as the WHATWG Encoding Standard groups them (the
 * "maximal subpart" practice of Unicode §3.9, as TextDecoder and Node's
 * Buffer decode): one U+FFFD per lead byte plus the continuation bytes that
 * still fitted it, or per stray byte. So our text is exactly what any
 * standard decoder would give, and the counts say how many bytes each
 * replacement stands for.
 */

/** A byte order mark read as text. */
export const BOM = '\uFEFF';

/**
 * What the bytes at `i` (before `end`) are:
 *  - n > 0: a valid sequence of n bytes (1 for ASCII);
 *  - n < 0: -n bytes that are not UTF-8 and become one U+FFFD (1 to 3);
 *  - 0: the valid start of a sequence cut off by `end` (more bytes may complete it).
 */
export function utf8SequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // UTF-16 surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // beyond U+10FFFF
  } else {
    return -1; // a continuation byte with no lead, or a byte UTF-8 never uses
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return 0;
    const b = bytes[i + k] as number;
    if (b < low || b > high) return -k;
    low = 0x80;
    high = 0xbf;
  }
  return need + 1;
}

/** Cuts a UTF-8 sequence split by the end of a read, so isUtf8 judges only whole characters. */
export function withoutIncompleteTail(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Back up over at most 3 continuation bytes and their lead byte.
  for (let back = 0; back < 4 && end > 0; back++) {
    const b = bytes[end - 1] as number;
    if (b < 0x80) break;
    end--;
    if (b >= 0xc0) break; // a lead byte: drop it with its continuation bytes
  }
  // If what we removed was actually a complete sequence, keeping it would also be valid; dropping it is harmless.
  return bytes.subarray(0, end);
}

export interface Utf8Tally {
  /** Valid sequences of two bytes or more (the accented letters, symbols, …). */
  multiByte: number;
  /** Bytes that are not part of any valid sequence. */
  invalidBytes: number;
}

/** Counts valid multi-byte sequences and invalid bytes; a sequence cut off by the end is not counted either way. */
export function tallyUtf8(bytes: Uint8Array): Utf8Tally {
  let multiByte = 0;
  let invalidBytes = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i, bytes.length);
    if (n === 0) break;
    if (n > 0) multiByte++;
    else invalidBytes -= n;
    i += Math.abs(n);
  }
  return { multiByte, invalidBytes };
}
