/**
 * Turns the file's bytes into text one read at a time, for any encoding.
 *
 * UTF-8 and UTF-16 use the platform's native TextDecoder (fast, and it keeps a
 * character split across two reads); everything else goes through
 * iconv-lite's streaming decoder. Both drop a leading BOM, so it never
 * reaches the first header.
 *
 * Hazards: a decoder is stateful (a split character waits for the next
 * write), so one decoder serves exactly one pass over one file; and end() must
 * be called to flush the last bytes.
 */
import iconv from 'iconv-lite';

export interface ChunkDecoder {
  readonly encoding: string;
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
  if (NATIVE.has(name)) {
    const decoder = new TextDecoder(name, { fatal: false });
    return {
      encoding: name,
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  if (!iconv.encodingExists(name)) throw new RangeError(`Unknown encoding "${encoding}"`);
  const decoder = iconv.getDecoder(name, { stripBOM: true });
  return {
    encoding: name,
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}
