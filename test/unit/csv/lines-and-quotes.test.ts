import { afterAll, describe, expect, it } from 'vitest';
import { cells, fixture, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const ROWS = [
  ['1', 'Ann', 'ann@acme.com'],
  ['2', 'Bob', 'bob@beta.com'],
];

describe('line ends', () => {
  for (const [name, newline] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR-only', '\r'],
  ] as const) {
    it(`reads ${name} line ends`, async () => {
      const text = ['id,name,email', ...ROWS.map((r) => r.join(','))].join(newline) + newline;
      const r = await readAll(temp.file(`${name}.csv`, text));
      expect(r.format.newline).toBe(newline);
      expect(cells(r.rows)).toEqual(ROWS);
      expect(r.rejected).toEqual([]);
    });
  }

  it('reads a last line without a line end', async () => {
    const r = await readAll(temp.file('no-final-newline.csv', 'id,name,email\r\n1,Ann,ann@acme.com\r\n2,Bob,bob@beta.com'));
    expect(cells(r.rows)).toEqual(ROWS);
  });

  it('drops the CR that a stray CRLF line leaves in an LF file', async () => {
    const r = await readAll(temp.file('mixed.csv', 'id,name,email\n1,Ann,ann@acme.com\r\n2,Bob,bob@beta.com\n'));
    expect(r.format.newline).toBe('\n');
    expect(cells(r.rows)).toEqual(ROWS);
  });
});

describe('quoted cells', () => {
  it('keeps line breaks, delimiters and doubled quotes inside quoted cells', async () => {
    const r = await readAll(fixture('quoted-multiline.csv'));
    expect(cells(r.rows)).toEqual([
      ['Smith, Anna', 'first line\r\nsecond line, with comma\r\nthird "quoted" line', 'anna@acme.com'],
      ['Bob', 'plain', 'bob@beta.com'],
      ['Lee, Carl', 'one\ntwo', 'carl@gamma.io'],
    ]);
  });

  it('numbers a multi-line record as one row, as a spreadsheet does', async () => {
    const r = await readAll(fixture('quoted-multiline.csv'));
    expect(r.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4]);
  });

  it('counts blank lines as rows but skips them silently', async () => {
    const r = await readAll(fixture('leading-blank-lines.csv'));
    expect(r.header.names).toEqual(['id', 'name']);
    // Lines: 1 and 2 blank, 3 header, 4 Ann, 5 blank, 6 Bob.
    expect(r.rows).toEqual([
      { rowNumber: 4, fields: ['1', 'Ann'] },
      { rowNumber: 6, fields: ['2', 'Bob'] },
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('gives formula-like cells back as plain text, unchanged', async () => {
    const r = await readAll(fixture('hyperlink.csv'));
    expect(cells(r.rows)).toEqual([
      ['Acme', '=HYPERLINK("http://x","y")', '=1+2'],
      ['Beta', '@twitter', '+49 30 1234'],
    ]);
  });

  it('keeps spaces around unquoted cells (values are not trimmed)', async () => {
    const r = await readAll(temp.file('spaces.csv', 'a,b\n  x , y  \n'));
    expect(cells(r.rows)).toEqual([['  x ', ' y  ']]);
  });

  it('numbers rows correctly across multi-line records in an ESCO-like file', async () => {
    const record = (i: number): string => `${i},"label ${i}\nalt one\nalt two","desc, with comma"`;
    const text = 'id,altLabels,description\n' + Array.from({ length: 50 }, (_, i) => record(i + 1)).join('\n') + '\n';
    const r = await readAll(temp.file('esco-like.csv', text));
    expect(r.rows).toHaveLength(50);
    expect(r.rows[49]).toEqual({ rowNumber: 51, fields: ['50', 'label 50\nalt one\nalt two', 'desc, with comma'] });
  });
});
