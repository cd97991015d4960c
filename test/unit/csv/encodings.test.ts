import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEncoding, chooseWesternSingleByte, detectBom, detectUtf16WithoutBom } from '../../../src-main/csv/detect-encoding';
import { cells, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const TEXT = 'Name,Company,City\r\nRené Müller,Société Générale,Zürich\r\nJosé Núñez,Telefónica,Bogotá\r\n';
const EXPECTED = [
  ['René Müller', 'Société Générale', 'Zürich'],
  ['José Núñez', 'Telefónica', 'Bogotá'],
];

function utf16be(text: string): Buffer {
  return iconv.encode(text, 'utf-16be');
}

describe('encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const r = await readAll(temp.file('utf8.csv', Buffer.from(TEXT, 'utf8')));
    expect(r.format).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(cells(r.rows)).toEqual(EXPECTED);
  });

  it('reads UTF-8 with a BOM and keeps the BOM out of the first header', async () => {
    const r = await readAll(temp.file('utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])));
    expect(r.format).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(r.header.names[0]).toBe('Name');
    expect(r.header.raw[0]).toBe('Name');
    expect(cells(r.rows)).toEqual(EXPECTED);
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text", tab-delimited)', async () => {
    const tsv = TEXT.replace(/,/g, '\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const r = await readAll(temp.file('utf16le.txt', bytes));
    expect(r.format).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
    expect(r.header.names).toEqual(['Name', 'Company', 'City']);
    expect(cells(r.rows)).toEqual(EXPECTED);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]);
    const r = await readAll(temp.file('utf16be.csv', bytes));
    expect(r.format).toMatchObject({ encoding: 'utf-16be', bom: true });
    expect(r.header.names[0]).toBe('Name');
    expect(cells(r.rows)).toEqual(EXPECTED);
  });

  it('reads UTF-16 LE without a BOM from its NUL pattern', async () => {
    const r = await readAll(temp.file('utf16le-nobom.csv', Buffer.from(TEXT, 'utf16le')));
    expect(r.format).toMatchObject({ encoding: 'utf-16le', bom: false });
    expect(cells(r.rows)).toEqual(EXPECTED);
  });

  it('reads a Windows-1252 file with CRLF line ends', async () => {
    const text = TEXT + 'Chloë O’Brien,“Café” – Déjà vu,Köln\r\n';
    const r = await readAll(temp.file('cp1252.csv', iconv.encode(text, 'windows-1252')));
    expect(r.format.encoding).toBe('windows-1252');
    expect(cells(r.rows)).toEqual([...EXPECTED, ['Chloë O’Brien', '“Café” – Déjà vu', 'Köln']]);
  });

  it('reads a Mac Roman file with CR-only line ends (Excel for Mac)', async () => {
    const text = TEXT.replace(/\r\n/g, '\r') + 'Condé Nast,Jake’s Café,Malmö\r';
    const r = await readAll(temp.file('macroman.csv', iconv.encode(text, 'macintosh')));
    expect(r.format).toMatchObject({ encoding: 'macintosh', newline: '\r' });
    expect(cells(r.rows)).toEqual([...EXPECTED, ['Condé Nast', 'Jake’s Café', 'Malmö']]);
  });

  it('finds a legacy encoding whose first accented byte is beyond the 64 KB sample', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `Plain ${i},ASCII Corp,Boston\r`).join('');
    const text = 'Name,Company,City\r' + filler + 'Condé Nast,MiaSolé,Bogotá\r';
    expect(filler.length).toBeGreaterThan(64 * 1024);
    const r = await readAll(temp.file('macroman-late.csv', iconv.encode(text, 'macintosh')));
    expect(r.format.encoding).toBe('macintosh');
    expect(r.rows.at(-1)?.fields).toEqual(['Condé Nast', 'MiaSolé', 'Bogotá']);
  });

  it('reports a pure-ASCII file as UTF-8', async () => {
    const r = await readAll(temp.file('ascii.csv', 'a,b\n1,2\n'));
    expect(r.format.encoding).toBe('utf-8');
  });

  it('decodes with the encoding the caller gives instead of guessing', async () => {
    const path = temp.file('forced.csv', iconv.encode('Name\nZoë\n', 'windows-1252'));
    const r = await readAll(path, { encoding: 'ISO-8859-1' });
    expect(r.format.encoding).toBe('iso-8859-1');
    expect(r.rows[0]?.fields).toEqual(['Zoë']);
  });

  it('refuses an encoding name it does not know', async () => {
    const path = temp.file('unknown-enc.csv', 'a\n1\n');
    await expect(readAll(path, { encoding: 'klingon-8' })).rejects.toThrow(/Unknown encoding/);
  });
});

describe('encoding detection helpers', () => {
  it('recognises each byte order mark', () => {
    expect(detectBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(detectBom(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(detectBom(Uint8Array.of(0xfe, 0xff, 0x00, 0x41))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(detectBom(Uint8Array.of(0x41, 0x42))).toBeNull();
  });

  it('does not mistake a file with a few NUL cells for UTF-16', () => {
    expect(detectUtf16WithoutBom(Buffer.from('id,name\n1,a\0b\n2,c\n'))).toBeNull();
    expect(detectUtf16WithoutBom(utf16be('id,name\n1,ab\n'))).toBe('utf-16be');
  });

  it('picks Mac Roman when the Windows reading gives implausible characters, whatever the line ends', () => {
    const bytes = iconv.encode('Condé Nast\nTelefónica\nSaint John’s\n', 'macintosh');
    expect(chooseWesternSingleByte(bytes, '\n')).toBe('macintosh');
  });

  it('picks Windows-1252 when the Mac reading gives implausible characters, even with CR line ends', () => {
    const bytes = iconv.encode('Café Müller\rO’Brien\r', 'windows-1252');
    expect(chooseWesternSingleByte(bytes, '\r')).toBe('windows-1252');
  });

  it('breaks a tie with the line ends: CR-only means a classic Mac file', () => {
    // 0xA0 is a no-break space (Windows) or "†" (Mac): equally implausible.
    const bytes = Uint8Array.of(0x41, 0xa0, 0x42);
    expect(chooseWesternSingleByte(bytes, '\r')).toBe('macintosh');
    expect(chooseWesternSingleByte(bytes, '\r\n')).toBe('windows-1252');
  });

  it('prefers valid UTF-8 over any legacy reading', () => {
    expect(chooseEncoding(Buffer.from('Condé Nast, Zürich\n', 'utf8'), '\r')).toBe('utf-8');
  });

  it('accepts a confident non-Western answer from chardet (Cyrillic)', () => {
    const text = 'Имя,Компания,Город\nИван Петров,Газпром,Москва\nОльга Смирнова,Сбербанк,Санкт-Петербург\n'.repeat(20);
    expect(chooseEncoding(iconv.encode(text, 'windows-1251'), '\n')).toBe('windows-1251');
  });
});
