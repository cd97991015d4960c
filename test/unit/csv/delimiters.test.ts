import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline } from '../../../src-main/csv/sniff-format';
import { cells, fixture, readAll } from './read-all';

describe('delimiter detection', () => {
  it('detects a comma file with quoted commas in its cells', async () => {
    const r = await readAll(fixture('quoted-multiline.csv'));
    expect(r.format.delimiter).toBe(',');
    expect(r.header.names).toEqual(['Name', 'Notes', 'Email']);
    expect(r.rows.map((row) => row.fields[0])).toEqual(['Smith, Anna', 'Bob', 'Lee, Carl']);
  });

  it('detects a tab file with commas and semicolons in its cells', async () => {
    const r = await readAll(fixture('tab.tsv'));
    expect(r.format.delimiter).toBe('\t');
    expect(cells(r.rows)).toEqual([
      ['anna@acme.com', 'Acme, Inc.', 'likes; semicolons'],
      ['bob@beta.com', 'Beta', 'tab\tinside'],
    ]);
  });

  it('detects a semicolon file with decimal commas (European Excel)', async () => {
    const r = await readAll(fixture('semicolon.csv'));
    expect(r.format.delimiter).toBe(';');
    expect(r.header.names).toEqual(['Email', 'Company', 'Amount']);
    expect(cells(r.rows)).toEqual([
      ['anna@acme.de', 'Acme, GmbH', '1,5'],
      ['bob@beta.de', 'Beta; AG', '2,75'],
    ]);
  });

  it('detects a pipe file with commas in cells and a quoted pipe', async () => {
    const r = await readAll(fixture('pipe.csv'));
    expect(r.format.delimiter).toBe('|');
    expect(cells(r.rows)).toEqual([
      ['carl@gamma.io', 'Gamma, Ltd', 'London'],
      ['dora@delta.io', 'Delta', 'Paris | FR'],
    ]);
  });

  it('detects a comma file whose free text holds semicolons and pipes', () => {
    const text = 'Name,Tags,Notes\nAnn,"a;b;c","x | y"\nBob,"d;e","p | q | r"\nCid,f,plain\n';
    expect(detectDelimiter(text, true)).toBe(',');
  });

  it('falls back to comma for a one-column file', () => {
    expect(detectDelimiter('Email\na@x.com\nb@x.com\n', true)).toBe(',');
  });

  it('prefers the delimiter whose rows match the header width', () => {
    // Splitting on commas gives 2 columns in the header but 3-4 in the rows.
    const text = 'Name;Revenue, EUR\nAcme;1,5\nBeta;2,5\nGamma;1,000,000\n';
    expect(detectDelimiter(text, true)).toBe(';');
  });

  it('uses the delimiter the caller gives instead of guessing', async () => {
    const r = await readAll(fixture('semicolon.csv'), { delimiter: ',' });
    expect(r.format.delimiter).toBe(',');
    expect(r.header.names).toEqual(['Email;Company;Amount']);
  });
});

describe('newline detection', () => {
  it('ignores line breaks inside quoted cells', () => {
    expect(detectNewline('a,b\r\n"x\ny\nz",1\r\n2,3\r\n')).toBe('\r\n');
  });

  it('tells LF, CRLF and CR-only files apart', () => {
    expect(detectNewline('a,b\n1,2\n')).toBe('\n');
    expect(detectNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
    expect(detectNewline('a,b\r1,2\r3,4')).toBe('\r');
  });
});
