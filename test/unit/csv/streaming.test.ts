import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openCsv, previewCsv } from '../../../src-main/csv/index';
import { readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

function contacts(rows: number): string {
  const lines = ['Email,First Name,Company'];
  for (let i = 1; i <= rows; i++) lines.push(`lead${i}@example.com,Name ${i},"Company ${i % 97}, Inc."`);
  return lines.join('\r\n') + '\r\n';
}

describe('streaming', () => {
  it('reads a 5 MB single cell whole', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const path = temp.file('big-cell.csv', `id,notes,tail\r\n1,"${big}",end\r\n2,small,end\r\n`);
    const r = await readAll(path);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]?.fields[1]).toHaveLength(big.length);
    expect(r.rows[0]?.fields[2]).toBe('end');
    expect(r.rows[1]).toEqual({ rowNumber: 3, fields: ['2', 'small', 'end'] });
  });

  it('yields chunks of at most chunkRows rows, in order, with running totals', async () => {
    const path = temp.file('many.csv', contacts(25_000));
    const r = await readAll(path, { chunkRows: 1000 });
    expect(r.rows).toHaveLength(25_000);
    expect(r.rows.map((row) => row.rowNumber)).toEqual(Array.from({ length: 25_000 }, (_, i) => i + 2));
    for (const chunk of r.chunks) expect(chunk.rows.length).toBeLessThanOrEqual(1000);
    let total = 0;
    for (const chunk of r.chunks) {
      total += chunk.rows.length;
      expect(chunk.rowsSoFar).toBe(total);
    }
  });

  it('reports bytes read rising to the file size, for a progress bar', async () => {
    const path = temp.file('progress.csv', contacts(20_000));
    const r = await readAll(path, { chunkRows: 500 });
    const bytes = r.chunks.map((c) => c.bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes[0]).toBeLessThan(r.chunks[0]?.bytesTotal ?? 0);
    expect(r.chunks.at(-1)?.bytesRead).toBe(r.chunks.at(-1)?.bytesTotal);
  });

  it('stops with the signal reason when aborted mid-file, and can be read again', async () => {
    const path = temp.file('abort.csv', contacts(30_000));
    const controller = new AbortController();
    const source = await openCsv(path, { signal: controller.signal, chunkRows: 1000 });
    let seen = 0;
    const reading = (async () => {
      for await (const chunk of source.chunks()) {
        seen += chunk.rows.length;
        if (seen >= 3000) controller.abort(new Error('user cancelled'));
      }
    })();
    await expect(reading).rejects.toThrow('user cancelled');
    expect(seen).toBeLessThan(30_000);

    const again = await readAll(path);
    expect(again.rows).toHaveLength(30_000);
  });

  it('refuses to open with an already aborted signal', async () => {
    const path = temp.file('pre-aborted.csv', contacts(10));
    await expect(openCsv(path, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('lets a consumer stop early without leaking the file handle', async () => {
    const path = temp.file('early.csv', contacts(10_000));
    const source = await openCsv(path, { chunkRows: 100 });
    const openFiles = (): number => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 50; i++) {
      for await (const chunk of source.chunks()) {
        expect(chunk.rows).toHaveLength(100);
        break;
      }
    }
    // A handle left open per early stop would show as ~50 more descriptors.
    expect(openFiles() - before).toBeLessThan(5);
  });

  it('previews the first rows with the format and header', async () => {
    const path = temp.file('preview.csv', contacts(5000));
    const p = await previewCsv(path, { rows: 5 });
    expect(p.format).toEqual({ encoding: 'utf-8', bom: false, delimiter: ',', newline: '\r\n' });
    expect(p.header.names).toEqual(['Email', 'First Name', 'Company']);
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(p.rows[0]?.fields).toEqual(['lead1@example.com', 'Name 1', 'Company 1, Inc.']);
  });

  it('previews only the rejected rows among the rows shown', async () => {
    const path = temp.file('preview-rejects.csv', 'a,b\n1,2\n3,4,5\n6,7\n8,9\n9,9,9,9\n');
    const p = await previewCsv(path, { rows: 2 });
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(p.rejected.map((r) => r.rowNumber)).toEqual([3]);
  });
});
