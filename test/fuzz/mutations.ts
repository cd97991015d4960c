/**
 * Byte-level mutations of a CSV file, each a pure function of the bytes and a
 * seeded generator, named so a failing file can say what was done to it.
 *
 * They imitate what damages real exports: bit rot, hand edits that unbalance
 * quotes, binary junk, a tool that writes another line end or another
 * encoding into part of the file, Excel's huge cells, header edits. Text is
 * inserted in the base file's own encoding (two bytes a character in UTF-16),
 * so a mutation means the same thing whatever the file's encoding.
 */
import iconv from 'iconv-lite';
import type { Prng } from '../bench/lib/prng';

export interface MutationContext {
  /** The encoding the file was written in. */
  encoding: string;
}

export interface Mutation {
  name: string;
  apply(bytes: Buffer, rng: Prng, ctx: MutationContext): Buffer;
}

const isWide = (ctx: MutationContext): boolean => ctx.encoding.startsWith('utf-16');
const unitOf = (ctx: MutationContext): number => (isWide(ctx) ? 2 : 1);

function encodeText(text: string, ctx: MutationContext): Buffer {
  if (ctx.encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (ctx.encoding === 'utf-8') return Buffer.from(text, 'utf8');
  return iconv.encode(text, ctx.encoding);
}

/** A position on a character boundary of a wide file (any byte otherwise), in [from, to]. */
function position(rng: Prng, ctx: MutationContext, from: number, to: number): number {
  const unit = unitOf(ctx);
  const p = rng.int(Math.ceil(from / unit), Math.floor(to / unit)) * unit;
  return Math.max(0, p);
}

function insert(bytes: Buffer, at: number, inserted: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]);
}

function replace(bytes: Buffer, from: number, to: number, inserted: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, from), inserted, bytes.subarray(to)]);
}

/** Offsets just past each line end (CRLF, LF or CR), ignoring quotes: good enough to aim a mutation at a line. */
function lineEnds(bytes: Buffer, ctx: MutationContext): { at: number; length: number }[] {
  const unit = unitOf(ctx);
  const ends: { at: number; length: number }[] = [];
  for (let i = 0; i + unit <= bytes.length; i += unit) {
    const b = bytes[i] as number;
    const wideZero = unit === 1 || bytes[i + 1] === 0;
    if (!wideZero) continue;
    if (b === 0x0d) {
      const crlf = bytes[i + unit] === 0x0a && (unit === 1 || bytes[i + unit + 1] === 0);
      ends.push({ at: i, length: crlf ? 2 * unit : unit });
      if (crlf) i += unit;
    } else if (b === 0x0a) {
      ends.push({ at: i, length: unit });
    }
  }
  return ends;
}

/** Where a data line starts (after a line end that is not the last), or null for a one-line file. */
function dataLineStart(bytes: Buffer, rng: Prng, ctx: MutationContext): number | null {
  const ends = lineEnds(bytes, ctx).slice(0, -1);
  if (ends.length === 0) return null;
  const end = rng.pick(ends);
  return end.at + end.length;
}

/** Where the cell starting at `start` ends: the first delimiter or line end (quotes ignored). */
function firstCellEnd(bytes: Buffer, start: number, ctx: MutationContext): number {
  const unit = unitOf(ctx);
  let i = start;
  while (i < bytes.length && ![0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d].includes(bytes[i] as number)) i += unit;
  return i;
}

function sizeOf(rng: Prng): number {
  return rng.pick([20_000, 70_000, 300_000, 1_200_000]);
}

/** About `length` characters of words (and a line break every few hundred, when asked). */
function repeatText(length: number, rng: Prng, withBreaks: boolean): string {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'Zoë', '€'];
  const line = Array.from({ length: 60 }, () => rng.pick(words)).join(' ');
  const parts: string[] = [];
  for (let n = 0; n < length; n += line.length + 1) parts.push(line, withBreaks && rng.chance(0.2) ? '\n' : ' ');
  return parts.join('');
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'flip bits',
    apply(bytes, rng) {
      const out = Buffer.from(bytes);
      for (let n = rng.int(1, 4); n > 0 && out.length > 0; n--) {
        const at = rng.int(0, out.length - 1);
        out[at] = (out[at] as number) ^ (1 << rng.int(0, 7));
      }
      return out;
    },
  },
  {
    name: 'random bytes',
    apply(bytes, rng) {
      const out = Buffer.from(bytes);
      for (let n = rng.int(1, 3); n > 0 && out.length > 0; n--) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
      return out;
    },
  },
  {
    name: 'insert a quote mark',
    apply: (bytes, rng, ctx) => insert(bytes, position(rng, ctx, 0, bytes.length), encodeText('"', ctx)),
  },
  {
    name: 'delete a quote mark',
    apply(bytes, rng, ctx) {
      const quotes: number[] = [];
      for (let i = bytes.indexOf(0x22); i !== -1; i = bytes.indexOf(0x22, i + 1)) if (i % unitOf(ctx) === 0) quotes.push(i);
      if (quotes.length === 0) return bytes;
      const at = rng.pick(quotes);
      return replace(bytes, at, at + unitOf(ctx), Buffer.alloc(0));
    },
  },
  {
    name: 'truncate',
    apply: (bytes, rng, ctx) => bytes.subarray(0, position(rng, ctx, Math.floor(bytes.length / 3), bytes.length)),
  },
  {
    name: 'NUL and control characters',
    apply(bytes, rng, ctx) {
      let out = bytes;
      for (let n = rng.int(1, 3); n > 0; n--) {
        const code = rng.pick([0, 0, 1, 4, 8, 0x0b, 0x0c, 0x1a, 0x1b, 0x1f, 0x7f]);
        out = insert(out, position(rng, ctx, 0, out.length), encodeText(String.fromCharCode(code), ctx));
      }
      return out;
    },
  },
  {
    name: 'control character in an email',
    apply(bytes, rng, ctx) {
      const at: number[] = [];
      for (let i = bytes.indexOf(0x40); i !== -1; i = bytes.indexOf(0x40, i + 1)) if (i % unitOf(ctx) === 0) at.push(i);
      if (at.length === 0) return bytes;
      const code = rng.pick([1, 4, 0x0b, 0x1f]);
      return insert(bytes, rng.pick(at) + unitOf(ctx) * rng.int(1, 3), encodeText(String.fromCharCode(code), ctx));
    },
  },
  {
    name: 'stray CR',
    apply(bytes, rng, ctx) {
      let out = bytes;
      for (let n = rng.int(1, 3); n > 0; n--) {
        const ends = lineEnds(out, ctx);
        // Half the time just before a line end (a last cell ending in CR), otherwise anywhere.
        const at = ends.length > 0 && rng.chance(0.5) ? rng.pick(ends).at : position(rng, ctx, 0, out.length);
        out = insert(out, at, encodeText('\r', ctx));
      }
      return out;
    },
  },
  {
    name: 'bare LF in a CRLF file (or CRLF in an LF file)',
    apply(bytes, rng, ctx) {
      let out = bytes;
      for (let n = rng.int(1, 3); n > 0; n--) {
        const ends = lineEnds(out, ctx);
        if (ends.length === 0) break;
        const end = rng.pick(ends);
        const other = end.length === 2 * unitOf(ctx) ? '\n' : '\r\n';
        out = replace(out, end.at, end.at + end.length, encodeText(other, ctx));
      }
      return out;
    },
  },
  {
    name: 'header line ends differently',
    apply(bytes, rng, ctx) {
      const end = lineEnds(bytes, ctx)[0];
      if (!end) return bytes;
      const current = bytes.subarray(end.at, end.at + end.length).toString('latin1').replace(/\0/g, '');
      const other = rng.pick(['\n', '\r\n', '\r'].filter((nl) => nl !== current));
      return replace(bytes, end.at, end.at + end.length, encodeText(other, ctx));
    },
  },
  {
    name: 'CR-only line ends from a line on',
    apply(bytes, rng, ctx) {
      const ends = lineEnds(bytes, ctx);
      if (ends.length === 0) return bytes;
      const from = rng.int(0, ends.length - 1);
      const parts: Buffer[] = [];
      let last = 0;
      for (const end of ends.slice(from)) {
        parts.push(bytes.subarray(last, end.at), encodeText('\r', ctx));
        last = end.at + end.length;
      }
      parts.push(bytes.subarray(last));
      return Buffer.concat(parts);
    },
  },
  {
    name: 'Windows-1252 byte',
    apply(bytes, rng, ctx) {
      let out = bytes;
      for (let n = rng.int(1, 3); n > 0; n--) {
        const byte = rng.chance(0.5) ? 0x96 : rng.int(0x80, 0xff);
        out = insert(out, position(rng, ctx, 0, out.length), Buffer.from(isWide(ctx) ? [byte, 0] : [byte]));
      }
      return out;
    },
  },
  {
    name: 'UTF-8 character',
    apply: (bytes, rng, ctx) =>
      isWide(ctx) ? bytes : insert(bytes, position(rng, ctx, 0, bytes.length), Buffer.from(rng.pick(['é', '€', 'Ł', '😀', 'ß']), 'utf8')),
  },
  {
    name: 'huge cell',
    apply(bytes, rng, ctx) {
      const start = dataLineStart(bytes, rng, ctx);
      if (start === null) return bytes;
      // The line's first cell becomes huge: quoted with line breaks inside, or plain.
      const end = firstCellEnd(bytes, start, ctx);
      const quoted = rng.chance(0.5);
      const text = repeatText(sizeOf(rng), rng, quoted);
      return replace(bytes, start, end, encodeText(quoted ? `"${text}"` : text, ctx));
    },
  },
  {
    name: 'huge header',
    apply(bytes, rng, ctx) {
      const end = lineEnds(bytes, ctx)[0];
      const at = end ? end.at : bytes.length;
      const extra = rng.chance(0.5)
        ? Array.from({ length: rng.int(500, 3000) }, (_, i) => `,Extra ${i}`).join('')
        : `,${repeatText(rng.pick([5_000, 70_000]), rng, false)}`;
      return insert(bytes, at, encodeText(extra, ctx));
    },
  },
  {
    name: 'duplicate or empty header names',
    apply(bytes, rng, ctx) {
      const end = lineEnds(bytes, ctx)[0];
      if (!end) return bytes;
      const header = bytes.subarray(0, end.at);
      const text = isWide(ctx) ? header.toString('utf16le') : header.toString('latin1');
      const delimiter = [';', '\t', '|', ','].find((d) => text.includes(d)) ?? ',';
      const names = text.split(delimiter);
      const i = rng.int(0, names.length - 1);
      names[i] = rng.chance(0.5) ? '' : (names[rng.int(0, names.length - 1)] ?? '').toUpperCase();
      const joined = names.join(delimiter);
      return replace(bytes, 0, end.at, isWide(ctx) ? Buffer.from(joined, 'utf16le') : Buffer.from(joined, 'latin1'));
    },
  },
  {
    name: 'byte order marks',
    apply(bytes, rng, ctx) {
      if (ctx.encoding !== 'utf-8') return insert(bytes, position(rng, ctx, 2, bytes.length), encodeText('\uFEFF', ctx));
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      const choice = rng.int(0, 2);
      if (choice === 0) return Buffer.concat([bom, bytes]);
      if (choice === 1) return Buffer.concat([bom, bom, bytes]);
      return insert(bytes, rng.int(0, bytes.length), bom);
    },
  },
  {
    name: 'trailing delimiters',
    apply(bytes, rng, ctx) {
      const ends = lineEnds(bytes, ctx);
      const text = bytes.subarray(0, ends[0]?.at ?? bytes.length).toString(isWide(ctx) ? 'utf16le' : 'latin1');
      const delimiter = [';', '\t', '|', ','].find((d) => text.includes(d)) ?? ',';
      const every = rng.chance(0.3);
      const extra = encodeText(rng.chance(0.7) ? delimiter : delimiter + delimiter, ctx);
      const parts: Buffer[] = [];
      let last = 0;
      for (const end of ends) {
        if (!every && !rng.chance(0.1)) continue;
        parts.push(bytes.subarray(last, end.at), extra);
        last = end.at;
      }
      parts.push(bytes.subarray(last));
      return Buffer.concat(parts);
    },
  },
  {
    name: 'blank and whitespace lines',
    apply(bytes, rng, ctx) {
      let out = bytes;
      for (let n = rng.int(1, 4); n > 0; n--) {
        const start = dataLineStart(out, rng, ctx) ?? 0;
        out = insert(out, start, encodeText(rng.pick(['\n', '\r\n', '   \r\n', '\t\n', '\r']), ctx));
      }
      return out;
    },
  },
  {
    name: 'duplicate a line',
    apply(bytes, rng, ctx) {
      const ends = lineEnds(bytes, ctx);
      if (ends.length < 3) return bytes;
      const i = rng.int(1, ends.length - 2);
      const from = (ends[i - 1] as { at: number; length: number }).at + (ends[i - 1] as { length: number }).length;
      const to = (ends[i] as { at: number; length: number }).at + (ends[i] as { length: number }).length;
      return insert(bytes, to, bytes.subarray(from, to));
    },
  },
];
