import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HUBSPOT_CONTACT_HEADER,
  createContactRowFactory,
  ensureCrmCsv,
  writeCrmCsv,
} from '../../bench/generate-crm-csv';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'generate-crm-csv-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function generate(rows: number, seed: number, name: string): Promise<string> {
  const path = join(dir, name);
  await writeCrmCsv({ rows, seed, outPath: path });
  return readFile(path, 'utf8');
}

describe('writeCrmCsv', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', async () => {
    const first = await generate(300, 7, 'a.csv');
    const second = await generate(300, 7, 'b.csv');
    const otherSeed = await generate(300, 8, 'c.csv');
    expect(second).toBe(first);
    expect(otherSeed).not.toBe(first);
  });

  it('writes the declared header and exactly the requested number of rows, each with every column', async () => {
    const text = await generate(1234, 1, 'rows.csv');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...HUBSPOT_CONTACT_HEADER]);
    expect(rows).toHaveLength(1234);
    expect(rows.filter((row) => row.length !== HUBSPOT_CONTACT_HEADER.length)).toEqual([]);
  });

  it('ends every line, the last included, with CRLF', async () => {
    const text = await generate(200, 3, 'crlf.csv');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(text.split('\r\n')).toHaveLength(200 + 2);
  });

  it('quotes cells containing commas so they parse back whole', async () => {
    const text = await generate(2000, 5, 'quoted.csv');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const withComma = rows.filter((row) => (row['Company Name'] ?? '').includes(', ') || (row['Job Title'] ?? '').includes(', '));
    expect(withComma.length).toBeGreaterThan(0);
    expect(text).toMatch(/,"[^"]*, [^"]*",/);
  });

  it('reports the bytes written and the average row size', async () => {
    const path = join(dir, 'size.csv');
    const result = await writeCrmCsv({ rows: 500, seed: 2, outPath: path });
    const onDisk = await readFile(path);
    expect(result.bytes).toBe(onDisk.length);
    expect(result.avgBytesPerRow).toBeGreaterThan(100);
    expect(result.avgBytesPerRow).toBeLessThan(300);
  });
});

describe('createContactRowFactory', () => {
  it('gives every contact that has an email a different one, ignoring case', () => {
    const rows = 20_000;
    const rowAt = createContactRowFactory({ rows, seed: 11 });
    const emails = Array.from({ length: rows }, (_, i) => (rowAt(i)[3] ?? '').toLowerCase()).filter(Boolean);
    expect(emails.length).toBeGreaterThan(rows * 0.9);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('produces a row from its index alone, whatever was generated before', () => {
    const rowAt = createContactRowFactory({ rows: 1000, seed: 9 });
    const later = rowAt(777);
    rowAt(3);
    expect(createContactRowFactory({ rows: 1000, seed: 9 })(777)).toEqual(later);
  });

  it('rejects a row count that is not a positive integer', () => {
    expect(() => createContactRowFactory({ rows: 0, seed: 1 })).toThrow(/positive integer/);
    expect(() => createContactRowFactory({ rows: 2.5, seed: 1 })).toThrow(/positive integer/);
  });
});

describe('ensureCrmCsv', () => {
  it('reuses an existing file instead of regenerating it', async () => {
    const outPath = join(dir, 'cached.csv');
    const first = await ensureCrmCsv({ rows: 100, seed: 4, outPath });
    const second = await ensureCrmCsv({ rows: 100, seed: 4, outPath });
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(second.bytes).toBe(first.bytes);
  });
});
