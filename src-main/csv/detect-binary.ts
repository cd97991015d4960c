/**
 * Refuses files that are not text before anything tries to parse them: a PNG,
 * a zipped .xlsx or an old .xls renamed to .csv would otherwise "import" as
 * thousands of garbage rows.
 *
 * Two checks on the first bytes: well-known file signatures (so the error can
 * say what the file looks like), then the share of control bytes that text
 * never has. Hazard: a single NUL inside one cell must NOT refuse the file
 * (that row alone is rejected later), so the control-byte test is a ratio,
 * not "any NUL". UTF-16 files are full of NULs and must be recognised before
 * this check runs.
 */

interface Signature {
  bytes: readonly number[];
  offset?: number;
  looksLike: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: ascii('GIF8'), looksLike: 'a GIF image' },
  { bytes: ascii('%PDF-'), looksLike: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive (an .xlsx workbook is one: save it as CSV first)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old Excel/Office document (.xls): save it as CSV first' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { bytes: ascii('Rar!'), looksLike: 'a RAR archive' },
  { bytes: ascii('SQLite format 3\0'), looksLike: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF)' },
  { bytes: ascii('WEBP'), offset: 8, looksLike: 'a WebP image' },
];

/** Share of control bytes above which a sample is binary. Random bytes have ~10%; a CSV with one NUL cell has far below 1%. */
const MAX_CONTROL_BYTE_SHARE = 0.05;

function isTextControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR are legitimate in text; every other C0 byte (and DEL) is not.
  return b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d;
}

/**
 * Describes what a non-text file looks like ("a PNG image", "binary data"), or
 * returns null when the bytes can be text. Pass the start of the file,
 * without a UTF-16 file's bytes (those are text with many NULs).
 */
export function describeBinaryContent(head: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    const at = sig.offset ?? 0;
    if (head.length >= at + sig.bytes.length && sig.bytes.every((b, i) => head[at + i] === b)) return sig.looksLike;
  }
  if (head.length === 0) return null;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    if ((b < 0x20 && !isTextControlByte(b)) || b === 0x7f) control++;
  }
  return control / head.length > MAX_CONTROL_BYTE_SHARE ? 'binary data' : null;
}
