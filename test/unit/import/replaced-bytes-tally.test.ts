import { describe, expect, it } from 'vitest';
import type { CsvChunk, CsvRowWarning } from '../../../src-main/csv/index';
import { ReplacedBytesTally } from '../../../src-main/import/replaced-bytes-tally';

/** A chunk of `rows` kept rows with the given warnings. */
function chunk(rows: number, warnings: CsvRowWarning[]): CsvChunk {
  return {
    rows: Array.from({ length: rows }, (_, i) => ({ rowNumber: i + 2, fields: [] })),
    rejected: [],
    warnings,
    bytesRead: 0,
    bytesTotal: 0,
    rowsSoFar: 0,
    rejectedSoFar: 0,
  };
}
const replaced = (rowNumber: number, column: string | null, bytes: number): CsvRowWarning => ({ rowNumber, column, reason: `${bytes} bytes`, replacedBytes: bytes });

describe('ReplacedBytesTally', () => {
  it('sums bytes per row, lists each row once with its columns, and ignores warnings that replaced nothing', () => {
    const tally = new ReplacedBytesTally();
    tally.add(chunk(10, [replaced(3, 'Name', 2), replaced(3, 'Notes', 1), { rowNumber: 4, column: 'Email', reason: 'not an email', replacedBytes: 0 }]));
    tally.add(chunk(10, [replaced(15, null, 1)]));
    expect(tally.result(true)).toEqual({
      bytes: 4,
      rows: 2,
      firstRows: [
        { rowNumber: 3, columns: ['Name', 'Notes'], bytes: 3 },
        { rowNumber: 15, columns: [], bytes: 1 },
      ],
      rowsChecked: 20,
      wholeFile: true,
    });
  });

  it('lists the first 20 rows but counts them all', () => {
    const tally = new ReplacedBytesTally();
    tally.add(chunk(100, Array.from({ length: 30 }, (_, i) => replaced(i + 2, 'Notes', 1))));
    const r = tally.result(true);
    expect(r).toMatchObject({ bytes: 30, rows: 30 });
    expect(r.firstRows).toHaveLength(20);
  });

  it('stops at its limit and then says the count covers only the rows it checked', () => {
    const tally = new ReplacedBytesTally(15);
    tally.add(chunk(10, [replaced(5, 'Notes', 1)]));
    expect(tally.wantsMore).toBe(true);
    tally.add(chunk(10, [replaced(14, 'Notes', 1)]));
    expect(tally.wantsMore).toBe(false);
    tally.add(chunk(10, [replaced(25, 'Notes', 1)]));
    expect(tally.result(true)).toMatchObject({ bytes: 2, rows: 2, rowsChecked: 20, wholeFile: false });
  });

  it('is the whole file only when the reader reached its end, or a byte check found the file clean', () => {
    expect(new ReplacedBytesTally().result(false).wholeFile).toBe(false);
    expect(new ReplacedBytesTally().result(false, true).wholeFile).toBe(true);
  });
});
