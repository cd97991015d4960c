/**
 * Issue 9, defects 1–3: importer faults the mutation fuzzer found, each as the
 * smallest file that shows it, imported through the real path into a temp
 * workspace. The promise under test: nothing in the file is changed or lost
 * without the analyst being told, and one bad value never costs the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/import-file';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

function csvFile(name: string, content: string | Buffer): string {
  const path = join(ws.dir, name);
  writeFileSync(path, content);
  return path;
}

const leads = () => ws.db.prepare('SELECT record_id, email, first_name, last_name, extra FROM leads ORDER BY record_id').all() as {
  record_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  extra: string | null;
}[];
const rejectedRowNumbers = (batchId: number) =>
  (ws.db.prepare('SELECT row_number FROM rejected_rows WHERE batch_id = ? ORDER BY row_number').all(batchId) as { row_number: number }[]).map(
    (r) => r.row_number,
  );

describe('defect 1: a control character in one value', () => {
  it('costs that value a warning, not the whole import', async () => {
    const path = csvFile('control.csv', 'Record ID,Email\nR1,a@b\x04c.com\nR2,ok@ok.com\n');
    const result = await importFile(ws, path);
    expect(result).toMatchObject({ rowsTotal: 2, imported: 2, rejected: 0 });
    expect(result.warnings).toBe(1);
    expect(result.rowWarnings).toEqual([{ rowNumber: 2, column: 'Email', reason: expect.stringMatching(/not an email address/) }]);
    expect(leads().map((l) => [l.record_id, l.email])).toEqual([
      ['R1', null],
      ['R2', 'ok@ok.com'],
    ]);
  });

  it('reads a list whose first address holds a control character as a malformed address, without recursing', async () => {
    const path = csvFile('control-list.csv', 'Record ID,Email\nR1,"x\x01y@z.com, good@acme.com"\nR2,a@b\x1fc.com;second@acme.com\n');
    const result = await importFile(ws, path);
    expect(result).toMatchObject({ imported: 2, rejected: 0 });
    // As for any list, the first part holding an @ decides; here it is junk, so the cell is no address, with a warning.
    expect(leads().map((l) => l.email)).toEqual([null, null]);
    expect(result.warnings).toBe(2);
  });
});

describe('defect 2: stray bytes that are not valid UTF-8', () => {
  const names = ['André Pérez', 'Zoë Müller', 'José Núñez', 'Chloë Brontë', 'Søren Ærø', 'Łukasz Żak', 'Ana Gonçalves', 'Jürgen Groß'];
  function contacts(rows: number): string[] {
    const lines = ['Record ID,First Name,Last Name,Email,Notes'];
    for (let i = 1; i <= rows; i++) {
      const [first, last] = (names[i % names.length] as string).split(' ') as [string, string];
      lines.push(`R${String(i).padStart(6, '0')},${first},${last},lead${i}@example.com,called on day ${i} about the renewal`);
    }
    return lines;
  }
  /** The lines as UTF-8 with one Windows-1252 en dash (0x96) in the notes of the given line (1 = header). */
  function withStrayByte(lines: string[], line: number): Buffer {
    const before = Buffer.from(lines.slice(0, line - 1).join('\r\n') + '\r\n' + (lines[line - 1] as string) + ' ', 'utf8');
    const after = Buffer.from(' later\r\n' + lines.slice(line).join('\r\n') + '\r\n', 'utf8');
    return Buffer.concat([before, Buffer.from([0x96]), after]);
  }

  it('reads the file as UTF-8 and warns on the row of a single 0x96 in line 10', async () => {
    const lines = contacts(50);
    const result = await importFile(ws, csvFile('stray.csv', withStrayByte(lines, 10)));
    expect(result).toMatchObject({ encoding: 'utf-8', imported: 50, rejected: 0, warnings: 1 });
    expect(result.rowWarnings).toEqual([{ rowNumber: 10, column: 'Notes', reason: expect.stringMatching(/1 byte .*not valid utf-8/i) }]);
    const stored = leads();
    expect(stored.filter((l) => l.first_name === 'André')).toHaveLength(6);
    expect(stored.some((l) => /Ã/.test(`${l.first_name}${l.last_name}`))).toBe(false);
    expect(JSON.parse(stored[8]?.extra ?? '{}').Notes).toBe('called on day 9 about the renewal \uFFFD later');
  });

  it('counts and reports a stray byte beyond the first 64 KB with its row', async () => {
    const lines = contacts(3000);
    const bytes = withStrayByte(lines, 2500);
    expect(bytes.indexOf(0x96)).toBeGreaterThan(64 * 1024);
    const result = await importFile(ws, csvFile('stray-late.csv', bytes));
    expect(result).toMatchObject({ encoding: 'utf-8', imported: 3000, warnings: 1 });
    expect(result.rowWarnings).toEqual([{ rowNumber: 2500, column: 'Notes', reason: expect.stringMatching(/1 byte/) }]);
  });

  it('counts every replaced byte of a row, cell by cell', async () => {
    const lines = contacts(20);
    const head = Buffer.from(lines.slice(0, 4).join('\n') + '\n', 'utf8');
    // Row 5: two bad bytes in the first name, a truncated 3-byte sequence in the notes.
    const row = Buffer.concat([
      Buffer.from('R9,Ma', 'utf8'), Buffer.from([0xe9, 0xe9]), Buffer.from('l,Doe,m@x.com,note ', 'utf8'), Buffer.from([0xe2, 0x80]), Buffer.from('\n'),
    ]);
    const tail = Buffer.from(lines.slice(4).join('\n') + '\n', 'utf8');
    const result = await importFile(ws, csvFile('stray-many.csv', Buffer.concat([head, row, tail])));
    expect(result).toMatchObject({ encoding: 'utf-8', warnings: 2 });
    expect(result.rowWarnings).toEqual([
      { rowNumber: 5, column: 'First Name', reason: expect.stringMatching(/2 bytes/) },
      { rowNumber: 5, column: 'Notes', reason: expect.stringMatching(/2 bytes/) },
    ]);
    expect(result.replacedBytes).toBe(4);
  });

  it('still reads a Windows-1252 export as Windows-1252', async () => {
    const text = 'Record ID,First Name,Last Name,Email\r\n' + names.map((n, i) => `R${i},${n.replace(' ', ',')},p${i}@x.com`).join('\r\n') + '\r\n';
    const result = await importFile(ws, csvFile('cp1252.csv', Buffer.from(text, 'latin1')));
    expect(result).toMatchObject({ encoding: 'windows-1252', warnings: 0 });
  });
});

describe('defect 3: line ends', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `R${i + 1},lead${i + 1}@example.com,note ${i + 1}`);

  it('keeps the first data row of a CRLF file whose header alone ends in LF', async () => {
    const text = 'Record ID,Email,Notes\n' + rows(299).join('\r\n') + '\r\n';
    const result = await importFile(ws, csvFile('header-lf.csv', text));
    expect(result).toMatchObject({ rowsTotal: 299, imported: 299, rejected: 0 });
    expect(leads()[0]?.record_id).toBe('R1');
  });

  it('ends a record at a bare LF inside a CRLF file instead of merging two into one reject', async () => {
    const lines = rows(6);
    const text = 'Record ID,Email,Notes\r\n' + lines.slice(0, 3).join('\r\n') + '\n' + lines.slice(3).join('\r\n') + '\r\n';
    const result = await importFile(ws, csvFile('bare-lf.csv', text));
    expect(result).toMatchObject({ rowsTotal: 6, imported: 6, rejected: 0 });
    expect(leads().map((l) => JSON.parse(l.extra ?? '{}').Notes)).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6']);
  });

  it('does not keep a stray CR at the end of a last cell', async () => {
    const text = 'Record ID,Email,Notes\r\nR1,a@x.com,first\r\r\nR2,b@x.com,second\r\n';
    const result = await importFile(ws, csvFile('stray-cr.csv', text));
    expect(result).toMatchObject({ imported: 2, rejected: 0 });
    expect(leads().map((l) => JSON.parse(l.extra ?? '{}').Notes)).toEqual(['first', 'second']);
  });

  it('stores or rejects every row, with its number, whatever the line ends', async () => {
    const text = 'Record ID,Email,Notes\r' + ['R1,a@x.com,one', 'R2,b@x.com,two,extra,cells', 'R3,c@x.com,three', 'R4,d@x.com,four'].join('\r\n').replace('three\r\n', 'three\n');
    const result = await importFile(ws, csvFile('mixed.csv', text));
    expect(result).toMatchObject({ rowsTotal: 4, imported: 3, rejected: 1 });
    expect(rejectedRowNumbers(result.batchId)).toEqual([3]);
  });
});
