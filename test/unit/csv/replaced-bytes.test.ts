/**
 * Issue 9, defect 2, at the reader: a UTF-8 file with a few stray bytes stays
 * UTF-8, and every byte the decoder replaces is counted against its row and
 * cell; real legacy files are still read in their code page.
 */
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../../src-main/csv/decode-stream';
import { chooseEncoding } from '../../../src-main/csv/detect-encoding';
import { unmarkReplacedBytes } from '../../../src-main/csv/replaced-bytes';
import { tallyUtf8 } from '../../../src-main/csv/utf8';
import { cells, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const NAMES = 'Name,City\nRené Müller,Zürich\nJosé Núñez,Bogotá\nSøren Ærø,København\n';

describe('choosing UTF-8 for a file with a few damaged bytes', () => {
  it('keeps a mostly-UTF-8 sample UTF-8 despite a stray Windows-1252 byte', () => {
    const bytes = Buffer.concat([utf8(NAMES), Buffer.from([0x96]), utf8(' Ltd,Paris\n')]);
    expect(chooseEncoding(bytes, '\n')).toBe('utf-8');
  });

  it('still reads text that is mostly invalid as UTF-8 as a code page', () => {
    expect(chooseEncoding(iconv.encode(NAMES, 'windows-1252'), '\n')).toBe('windows-1252');
    expect(chooseEncoding(iconv.encode(NAMES.replace(/\n/g, '\r'), 'macintosh'), '\r')).toBe('macintosh');
  });

  it('reads € signs standing alone as Windows-1252, not as Mac Roman capitals (found by the fuzzer)', () => {
    const text = 'Item,Price\n' + Array.from({ length: 30 }, (_, i) => `Plan ${i},€ ${i * 10}`).join('\n') + '\nZoë,€ 5\n';
    expect(chooseEncoding(iconv.encode(text, 'windows-1252'), '\n')).toBe('windows-1252');
  });

  it('does not let one accented word repeated through the sample decide the code page (found by the fuzzer)', () => {
    const line =
      'lorem lorem amet amet ? Zoë ? ? lorem Zoë sit amet Zoë lorem Zoë lorem ipsum Zoë lorem ipsum ? amet ipsum dolor dolor sit ? ' +
      'amet ipsum ipsum sit sit ? amet dolor lorem ? ipsum ipsum amet dolor sit ? amet ipsum sit ? sit amet ipsum ipsum amet amet lorem';
    const text = 'Record ID,Name,Notes,' + Array.from({ length: 300 }, () => line).join(' ') + '\r1,René,Café\r';
    // Read whole, chardet took the repeated `Zo‘` for Windows-1250.
    expect(chooseEncoding(iconv.encode(text, 'macintosh').subarray(0, 64 * 1024), '\r')).toBe('macintosh');
  });

  it('reads a single high byte in otherwise ASCII text as a code-page character, not U+FFFD', () => {
    expect(chooseEncoding(Buffer.from('Name\nSmith \x96 Sons\n', 'latin1'), '\n')).toBe('windows-1252');
  });

  it('tallies valid multi-byte sequences and invalid bytes', () => {
    expect(tallyUtf8(Buffer.concat([utf8('é€😀'), Buffer.from([0x96, 0xe2, 0x80, 0x41])]))).toEqual({ multiByte: 3, invalidBytes: 3 });
  });
});

describe('the UTF-8 decoder', () => {
  const samples = [
    [0x41, 0xe2, 0x80, 0x41, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98],
    [0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9, 0x96, 0x42, 0xc0, 0xaf],
    [0x41, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0x80, 0x80, 0x42, 0xff],
  ];
  for (const sample of samples) {
    it(`gives TextDecoder's text for ${Buffer.from(sample).toString('hex')} at every cut, with every bad byte counted`, () => {
      const bytes = Buffer.from(sample);
      const standard = new TextDecoder().decode(bytes);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const decoder = createChunkDecoder('utf-8');
        const text = decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
        const unmarked = unmarkReplacedBytes(text);
        expect(unmarked?.text ?? text).toBe(standard);
        expect(decoder.marks).toBe((standard.match(/\uFFFD/g) ?? []).length);
      }
    });
  }

  it('counts the bytes each replacement stands for', () => {
    const decoder = createChunkDecoder('utf-8');
    const text = decoder.write(Buffer.from([0x41, 0xe2, 0x80, 0x42, 0x96, 0x96])) + decoder.end();
    expect(unmarkReplacedBytes(text)).toEqual({ text: 'A\uFFFDB\uFFFD\uFFFD', bytes: 4 });
  });

  it('never marks a U+FFFD the file itself holds', () => {
    const decoder = createChunkDecoder('utf-8');
    const text = decoder.write(utf8('a\uFFFDb')) + decoder.end();
    expect(text).toBe('a\uFFFDb');
    expect(unmarkReplacedBytes(text)).toBeNull();
  });

  it('marks the bytes a code page leaves undefined', () => {
    const decoder = createChunkDecoder('windows-1252');
    const text = decoder.write(Buffer.from([0x41, 0x81, 0xe9])) + decoder.end();
    expect(unmarkReplacedBytes(text)).toEqual({ text: 'A\uFFFDé', bytes: 1 });
  });
});

describe('replaced bytes in rows', () => {
  it('warns per cell with the row number, in a file read as UTF-8', async () => {
    const bytes = Buffer.concat([utf8(NAMES), utf8('Ana '), Buffer.from([0x96]), utf8(' Lima,Porto'), Buffer.from([0xe9]), utf8('\nEnd,Ok\n')]);
    const r = await readAll(temp.file('stray.csv', bytes));
    expect(r.format.encoding).toBe('utf-8');
    expect(cells(r.rows).at(-2)).toEqual(['Ana \uFFFD Lima', 'Porto\uFFFD']);
    expect(r.chunks.flatMap((c) => c.warnings)).toEqual([
      { rowNumber: 5, column: 'Name', reason: '1 byte not valid UTF-8, replaced with \uFFFD', replacedBytes: 1 },
      { rowNumber: 5, column: 'City', reason: '1 byte not valid UTF-8, replaced with \uFFFD', replacedBytes: 1 },
    ]);
  });

  it('warns about the header and a rejected row too, and never lets a mark out', async () => {
    const bytes = Buffer.concat([utf8('Nam'), Buffer.from([0xff]), utf8(',City\nRené,"Par'), Buffer.from([0xff]), utf8('is"x\nJosé,Bogotá\n')]);
    const r = await readAll(temp.file('stray-header.csv', bytes), { encoding: 'utf-8' });
    expect(r.header.names).toEqual(['Nam\uFFFD', 'City']);
    expect(r.rejected.map((x) => x.raw)).toEqual(['René,"Par\uFFFDis"x']);
    expect(r.chunks.flatMap((c) => c.warnings).map((w) => [w.rowNumber, w.column])).toEqual([
      [1, 'Nam\uFFFD'],
      [2, null],
    ]);
    // JSON.stringify writes a lone surrogate as an escape.
    expect(JSON.stringify(r)).not.toMatch(/\\udc0[123]/i);
  });

  it('reads a file with no stray bytes without warnings', async () => {
    const r = await readAll(temp.file('clean.csv', utf8(NAMES)));
    expect(r.chunks.flatMap((c) => c.warnings)).toEqual([]);
  });
});
