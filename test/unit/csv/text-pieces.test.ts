/**
 * The reader decodes each read in pieces of at most 32 KB (read-rows.ts,
 * TEXT_PIECE_BYTES): a longer text is a V8 large object, promoted to the old
 * generation as soon as it outlives a scavenge (issue 9, defect 10). Cutting
 * a read into pieces must not change a single row, wherever the cut falls.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { RecordSplitter } from '../../../src-main/csv/split-records';
import { readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());
afterEach(() => vi.restoreAllMocks());

const PIECE = 32 * 1024;

function row(i: number): string[] {
  return [String(i), `Łukasz Wójcik ${i}`, `notes, "quoted" ${'ż'.repeat(i % 5)}`];
}
const line = (cells: string[]): string => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

describe('a read decoded in pieces', () => {
  it('keeps every text the splitter sees under 32 K characters', async () => {
    const seen: number[] = [];
    const push = RecordSplitter.prototype.push;
    vi.spyOn(RecordSplitter.prototype, 'push').mockImplementation(function (this: RecordSplitter, text, sink) {
      seen.push(text.length);
      return push.call(this, text, sink);
    });
    const rows = Array.from({ length: 3000 }, (_, i) => row(i));
    const path = temp.file('pieces.csv', ['id,name,notes', ...rows.map(line)].join('\r\n') + '\r\n');
    const r = await readAll(path);
    expect(r.rows.map((x) => x.fields)).toEqual(rows);
    expect(Math.max(...seen)).toBeLessThanOrEqual(PIECE);
  });

  // A padding cell moves the 32 KB cut through a two-byte character, a CRLF and a quoted cell.
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('reads the same rows when the cut falls %i bytes later', async (shift) => {
    const rows = [['0', 'x'.repeat(shift), ''], ...Array.from({ length: 1500 }, (_, i) => row(i + 1))];
    const path = temp.file(`shift-${shift}.csv`, ['id,name,notes', ...rows.map(line)].join('\r\n') + '\r\n');
    const r = await readAll(path);
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => x.fields)).toEqual(rows);
    expect(r.rows.at(-1)?.rowNumber).toBe(rows.length + 1);
  });
});
