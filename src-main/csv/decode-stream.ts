/**
 * Turns the file's bytes into text one read at a time, for any encoding, and
 * marks every byte it cannot read instead of replacing it silently.
 *
 * UTF-8 is decoded natively when a read is valid (nearly always) and by
 * utf8.ts's rules, with marks, when it is not; UTF-16 uses TextDecoder;
 * everything else goes through iconv-lite's streaming decoder, whose U+FFFD
 * (a byte the code page leaves undefined, like 0x81 in Windows-1252) becomes
 * a mark. A mark is where a standard decoder would put U+FFFD, and says how
 * many bytes it replaced (replaced-bytes.ts); the row rules count it against
 * its row and cell and turn it back into U+FFFD. All decoders drop a leading
 * BOM, so it never reaches the first header.
 *
 * Hazards: a decoder is stateful (a split character waits for the next
 * write), so one decoder serves exactly one pass over one file; end() must be
 * called to flush the last bytes; and `bytes` may be a view of a read buffer
 * that is reused, so anything kept past a write is copied. UTF-16 text with
 * unpaired surrogates is still replaced unmarked (TextDecoder's own U+FFFD).
 */
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { replacedMark } from './replaced-bytes';
import { BOM, utf8SequenceAt, withoutIncompleteTail } from './utf8';

export interface ChunkDecoder {
  readonly encoding: string;
  /** Marks written so far (each one U+FFFD-to-be for 1 to 3 unreadable bytes). */
  readonly marks: number;
  write(bytes: Uint8Array): string;
  end(): string;
}

const NATIVE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/** Lower-case, and the usual aliases of the native encodings. */
export function normalizeEncodingName(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'utf16le' || lower === 'ucs2' || lower === 'ucs-2' || lower === 'utf-16') return 'utf-16le';
  if (lower === 'utf16be') return 'utf-16be';
  return lower;
}

export function isSupportedEncoding(name: string): boolean {
  const n = normalizeEncodingName(name);
  return NATIVE.has(n) || iconv.encodingExists(n);
}

export function createChunkDecoder(encoding: string): ChunkDecoder {
  const name = normalizeEncodingName(encoding);
  if (name === 'utf-8') return new Utf8Decoder();
  if (NATIVE.has(name)) {
    const decoder = new TextDecoder(name, { fatal: false });
    return {
      encoding: name,
      marks: 0,
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  if (!iconv.encodingExists(name)) throw new RangeError(`Unknown encoding "${encoding}"`);
  return new CodePageDecoder(name);
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

class Utf8Decoder implements ChunkDecoder {
  readonly encoding = 'utf-8';
  marks = 0;
  /** The start of a character cut off by the end of the last write (a copy). */
  private carry: Buffer | null = null;
  private atStart = true;

  write(bytes: Uint8Array): string {
    const input = this.carry === null ? asBuffer(bytes) : Buffer.concat([this.carry, bytes]);
    this.carry = null;
    const whole = withoutIncompleteTail(input).length;
    let text: string;
    let used: number;
    if (isUtf8(input.subarray(0, whole))) {
      text = input.toString('utf8', 0, whole);
      used = whole;
    } else {
      ({ text, used } = this.decodeMarking(input, false));
    }
    if (used < input.length) this.carry = Buffer.from(input.subarray(used));
    return this.dropBom(text);
  }

  end(): string {
    const rest = this.carry;
    this.carry = null;
    return rest === null ? '' : this.dropBom(this.decodeMarking(rest, true).text);
  }

  /** Slow path, for bytes with at least one invalid sequence; stops before a character cut off by the end unless `final`. */
  private decodeMarking(bytes: Buffer, final: boolean): { text: string; used: number } {
    let text = '';
    let run = 0;
    let i = 0;
    while (i < bytes.length) {
      if ((bytes[i] as number) < 0x80) {
        i++;
        continue;
      }
      let n = utf8SequenceAt(bytes, i, bytes.length);
      if (n === 0) {
        if (!final) break;
        n = i - bytes.length; // a cut-off sequence at the very end is one replacement
      }
      if (n > 0) {
        i += n;
        continue;
      }
      text += bytes.toString('utf8', run, i) + replacedMark(-n);
      this.marks++;
      i -= n;
      run = i;
    }
    return { text: text + bytes.toString('utf8', run, i), used: i };
  }

  private dropBom(text: string): string {
    if (!this.atStart || text.length === 0) return text;
    this.atStart = false;
    return text.startsWith(BOM) ? text.slice(1) : text;
  }
}

const REPLACEMENTS = /\uFFFD/g;

class CodePageDecoder implements ChunkDecoder {
  marks = 0;
  private readonly decoder: ReturnType<typeof iconv.getDecoder>;

  constructor(readonly encoding: string) {
    this.decoder = iconv.getDecoder(encoding, { stripBOM: true });
  }

  write(bytes: Uint8Array): string {
    return this.mark(this.decoder.write(asBuffer(bytes)));
  }

  end(): string {
    return this.mark(this.decoder.end() ?? '');
  }

  /** iconv-lite writes U+FFFD for a byte its code page leaves undefined: make it a one-byte mark. */
  private mark(text: string): string {
    if (text.indexOf('\uFFFD') === -1) return text;
    return text.replace(REPLACEMENTS, () => {
      this.marks++;
      return replacedMark(1);
    });
  }
}
