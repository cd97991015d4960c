import { afterAll, describe, expect, it } from 'vitest';
import { cells, fixture, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

describe('ragged rows', () => {
  it('rejects a row with more cells than the header, with its row number and text', async () => {
    const r = await readAll(fixture('ragged.csv'));
    expect(r.rejected).toContainEqual({
      rowNumber: 3,
      raw: '2,Bob,bob@b.com,extra,cells',
      reason: '5 cells, but the header has 3 columns',
      column: null,
    });
  });

  it('pads a row with fewer cells than the header with empty strings', async () => {
    const r = await readAll(fixture('ragged.csv'));
    expect(r.rows).toContainEqual({ rowNumber: 4, fields: ['3', 'Cid', ''] });
  });

  it('tolerates one trailing empty cell from a trailing delimiter, but not two', async () => {
    const r = await readAll(fixture('ragged.csv'));
    expect(r.rows).toContainEqual({ rowNumber: 5, fields: ['4', 'Dee', 'dee@d.com'] });
    expect(r.rejected.map((x) => x.rowNumber)).toContain(6);
  });

  it('rejects a row whose cells are all empty but skips a blank line silently', async () => {
    const r = await readAll(fixture('ragged.csv'));
    expect(r.rejected).toContainEqual({ rowNumber: 7, raw: ',,', reason: 'every cell is empty', column: null });
    expect(r.rejected.map((x) => x.rowNumber)).not.toContain(8);
    expect(r.rows.at(-1)).toEqual({ rowNumber: 9, fields: ['6', 'Fay', 'fay@f.com'] });
  });

  it('keeps every row exactly as wide as the header', async () => {
    const r = await readAll(fixture('ragged.csv'));
    for (const row of r.rows) expect(row.fields).toHaveLength(3);
  });
});

describe('broken quoting', () => {
  it('keeps the rows around an unterminated quote and rejects only its line', async () => {
    const r = await readAll(fixture('unterminated-quote.csv'));
    expect(r.rows).toEqual([
      { rowNumber: 2, fields: ['1', 'Ann', 'fine'] },
      { rowNumber: 4, fields: ['3', 'Cid', 'after'] },
      { rowNumber: 5, fields: ['4', 'Dee', 'ok'] },
    ]);
    expect(r.rejected).toEqual([
      { rowNumber: 3, raw: '2,Bob,"never closed', reason: expect.stringMatching(/never closed/), column: 'note' },
    ]);
  });

  it('rejects an unterminated quote on the last line without losing earlier rows', async () => {
    const r = await readAll(temp.file('last-line-open.csv', 'a,b\n1,2\n3,"open\n'));
    expect(cells(r.rows)).toEqual([['1', '2']]);
    expect(r.rejected).toEqual([{ rowNumber: 3, raw: '3,"open', reason: expect.stringMatching(/never closed/), column: 'b' }]);
  });

  it('rejects rows with a stray quote inside a quoted cell or text after the closing quote', async () => {
    const r = await readAll(fixture('malformed-quote.csv'));
    expect(cells(r.rows)).toEqual([
      ['2', 'Bob', 'fine'],
      ['4', 'Dee', 'last'],
    ]);
    expect(r.rejected.map(({ rowNumber, raw, column }) => ({ rowNumber, raw, column }))).toEqual([
      { rowNumber: 2, raw: '1,Ann,"He said "hi" to me"', column: 'note' },
      { rowNumber: 4, raw: '3,Cid,"oops"tail', column: 'note' },
    ]);
    expect(r.rejected[0]?.reason).toMatch(/malformed/);
  });

  it('recovers from a stray quote on every line at a bounded cost', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${i},"bad"x,ok`);
    const r = await readAll(temp.file('every-line-broken.csv', 'id,name,note\n' + lines.join('\n') + '\n7,good,row\n'));
    expect(r.rejected).toHaveLength(3000);
    expect(r.rejected[2999]?.rowNumber).toBe(3001);
    expect(r.rows).toEqual([{ rowNumber: 3002, fields: ['7', 'good', 'row'] }]);
  });

  it('rejects a record that outgrows maxRecordChars and resumes on the next line', async () => {
    // Without a limit this is one legitimate (long) multi-line cell; with it, the open quote is given up on.
    // The cell is longer than one read (64 KB): the limit applies to a record still unfinished after a read.
    const longCell = Array.from({ length: 10_000 }, (_, i) => `${i},x,y`).join('\n');
    const path = temp.file('overlong.csv', `id,name,note\n1,"opens here\n${longCell}\ncloses",z\n`);

    const unlimited = await readAll(path);
    expect(unlimited.rows).toHaveLength(1);
    expect(unlimited.rows[0]?.fields[1]).toHaveLength('opens here\n'.length + longCell.length + '\ncloses'.length);

    const limited = await readAll(path, { maxRecordChars: 20_000 });
    expect(limited.rejected[0]).toEqual({ rowNumber: 2, raw: '1,"opens here', reason: expect.stringMatching(/never closed/), column: 'name' });
    expect(limited.rows[0]).toEqual({ rowNumber: 3, fields: ['0', 'x', 'y'] });
    expect(limited.rows.filter((r) => r.fields[1] === 'x')).toHaveLength(10_000);
  });
});

describe('NUL bytes', () => {
  it('rejects a row with a NUL in a cell, naming the column, and keeps the others', async () => {
    const text = 'id,name,notes\n1,Ann,clean\n2,Bob,bro\0ken\n3,Cid,clean\n'.padEnd(200, '\n');
    const r = await readAll(temp.file('nul.csv', Buffer.from(text, 'latin1')));
    expect(cells(r.rows)).toEqual([
      ['1', 'Ann', 'clean'],
      ['3', 'Cid', 'clean'],
    ]);
    expect(r.rejected).toEqual([
      { rowNumber: 3, raw: '2,Bob,bro\u2400ken', reason: 'a cell contains a NUL character (binary data)', column: 'notes' },
    ]);
  });

  it('finds a NUL in a UTF-16 file too', async () => {
    const text = '\uFEFFid\tname\n1\tA\0nn\n2\tBob\n';
    const r = await readAll(temp.file('nul16.txt', Buffer.from(text, 'utf16le')));
    expect(r.rejected.map((x) => [x.rowNumber, x.column])).toEqual([[2, 'name']]);
    expect(cells(r.rows)).toEqual([['2', 'Bob']]);
  });
});

describe('Salesforce report footers', () => {
  it('rejects the Grand Totals, confidentiality and copyright lines and keeps the records', async () => {
    const r = await readAll(fixture('salesforce-report.csv'));
    expect(cells(r.rows)).toEqual([
      ['Ann Owner', 'Jo', 'Black', 'Acme', 'jo@acme.com'],
      ['Ann Owner', 'Kim', 'White', 'Beta', 'kim@beta.com'],
    ]);
    expect(r.rejected.map((x) => [x.rowNumber, x.reason])).toEqual([
      [6, 'Salesforce report footer, not a record'],
      [8, 'Salesforce report footer, not a record'],
      [9, 'Salesforce report footer, not a record'],
    ]);
    expect(r.rejected[0]?.raw).toBe('Grand Totals (2 records)');
  });

  it('keeps a real record whose first cell merely starts like a footer', async () => {
    const r = await readAll(temp.file('not-footer.csv', 'Company,City\nGrand Totals Ltd,Leeds\nConfidential Information Inc,Derby\n'));
    expect(r.rows).toHaveLength(2);
    expect(r.rejected).toEqual([]);
  });
});
