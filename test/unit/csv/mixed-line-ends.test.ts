/**
 * Issue 9, defect 3, at the reader: a record ends at CRLF, LF or a lone CR
 * outside quotes, whatever the rest of the file uses, and where the reads cut
 * the text never changes a record.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RecordSplitter, type BrokenRecord } from '../../../src-main/csv/split-records';
import { cells, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

/** Every record and broken record of `text`, fed in the given pieces. */
function split(pieces: string[]): (string[] | BrokenRecord)[] {
  const out: (string[] | BrokenRecord)[] = [];
  const sink = { record: (fields: string[]) => out.push([...fields]), broken: (b: BrokenRecord) => out.push(b) };
  const splitter = new RecordSplitter({ delimiter: ',', maxRecordChars: 1 << 20 });
  for (const piece of pieces) splitter.push(piece, sink);
  splitter.end(sink);
  return out;
}

describe('line ends outside quotes', () => {
  it('keeps the first data row when only the header line ends in LF (CRLF file)', async () => {
    const r = await readAll(temp.file('header-lf.csv', 'id,name\n1,Ann\r\n2,Bob\r\n3,Cid\r\n'));
    expect(r.format.newline).toBe('\r\n');
    expect(r.header.names).toEqual(['id', 'name']);
    expect(cells(r.rows)).toEqual([['1', 'Ann'], ['2', 'Bob'], ['3', 'Cid']]);
  });

  it('ends a record at a bare LF inside a CRLF file', async () => {
    const r = await readAll(temp.file('bare-lf.csv', 'id,name\r\n1,Ann\n2,Bob\r\n3,Cid\r\n'));
    expect(r.rows.map((row) => [row.rowNumber, ...row.fields])).toEqual([[2, '1', 'Ann'], [3, '2', 'Bob'], [4, '3', 'Cid']]);
    expect(r.rejected).toEqual([]);
  });

  it('ends a record at a lone CR, so a stray CR before CRLF leaves no CR in the last cell', async () => {
    const r = await readAll(temp.file('stray-cr.csv', 'id,name\r\n1,Ann\r\r\n2,Bob\r\n'));
    expect(cells(r.rows)).toEqual([['1', 'Ann'], ['2', 'Bob']]);
    // The stray CR ends row 2; what is left of its line is a blank row 3, skipped but counted, as a spreadsheet shows it.
    expect(r.rows.map((row) => row.rowNumber)).toEqual([2, 4]);
  });

  it('ends a record at a lone CR inside an LF file', async () => {
    const r = await readAll(temp.file('lone-cr.csv', 'id,name\n1,Ann\r2,Bob\n'));
    expect(cells(r.rows)).toEqual([['1', 'Ann'], ['2', 'Bob']]);
  });

  it('keeps every kind of line end inside a quoted cell as text', async () => {
    const r = await readAll(temp.file('quoted-ends.csv', 'id,note\r\n1,"a\rb\nc\r\nd"\r\n2,plain\n'));
    expect(cells(r.rows)).toEqual([['1', 'a\rb\nc\r\nd'], ['2', 'plain']]);
  });

  it('reads a closing quote followed by any line end', async () => {
    const r = await readAll(temp.file('quote-then-end.csv', 'id,note\n1,"x"\r2,"y"\r\n3,"z"\n'));
    expect(cells(r.rows)).toEqual([['1', 'x'], ['2', 'y'], ['3', 'z']]);
  });

  it('finds the delimiter of a semicolon file whose header ends differently from its rows', async () => {
    const r = await readAll(temp.file('semi-mixed.csv', 'id;name;city\n1;Ann;Köln\r\n2;Bob;Wien\r\n3;Cid;Bern\r\n'));
    expect(r.format.delimiter).toBe(';');
    expect(r.rows).toHaveLength(3);
  });
});

describe('records do not depend on where reads cut the text', () => {
  const texts = [
    'a,b\r\n1,2\r\n3,4\n5,6\r7,8\r\n',
    'a,b\r\n"x\r\ny",2\r\n"q""q",3\r\n"z"  ,4\r\n',
    'a,b\n1,"never closed\n2,x\n3,"bad"tail\n4,ok\n',
    'a,b\r\n1,2\r\r\n\r\n3,"4"\r',
    'a,b\n1,"open\n',
  ];
  for (const text of texts) {
    it(`splits ${JSON.stringify(text)} the same at every cut`, () => {
      const whole = split([text]);
      for (let cut = 1; cut < text.length; cut++) expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
      expect(split([...text])).toEqual(whole);
    });
  }

  it('numbers the rows after a broken quote as a spreadsheet does', () => {
    const out = split(['a,b\n1,"never closed\n2,x\n3,"bad"tail\n4,ok\n']);
    expect(out).toEqual([
      ['a', 'b'],
      { rowNumber: 2, raw: '1,"never closed', fieldIndex: 1, kind: 'unterminated_quote' },
      ['2', 'x'],
      { rowNumber: 4, raw: '3,"bad"tail', fieldIndex: 1, kind: 'malformed_quote' },
      ['4', 'ok'],
    ]);
  });
});
