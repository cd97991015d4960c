/**
 * The import checks header guesses against the first rows, and decides
 * exactly as its preview does: a bank-marketing file's `contact` and
 * `campaign` stay extras, a HubSpot-like file maps as it always did.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMapping, type ColumnMapping } from '../../../src-main/crm/index';
import { openCsv } from '../../../src-main/csv/index';
import { importFile } from '../../../src-main/import/import-file';
import { MAPPING_SAMPLE_ROWS, sampleChunks } from '../../../src-main/import/mapping-sample';
import { previewImport } from '../../../src-main/import/preview';
import { DATA, tempWorkspace } from '../../helpers/temp-workspace';

const BANK = new URL('../../fixtures/csv/bank-marketing.csv', import.meta.url).pathname;

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const count = (sql: string, ...params: unknown[]): number => (ws.db.prepare(sql).get(...params) as { n: number }).n;
const storedColumns = (batchId: number): ColumnMapping[] =>
  (JSON.parse((ws.db.prepare('SELECT mapping FROM import_batches WHERE id = ?').get(batchId) as { mapping: string }).mapping) as { columns: ColumnMapping[] })
    .columns;
const fieldsOf = (columns: readonly Pick<ColumnMapping, 'header' | 'field'>[]) =>
  Object.fromEntries(columns.filter((c) => c.field !== null).map((c) => [c.header, c.field]));

describe('a bank-marketing response file', () => {
  it('imports contact and campaign as extras: no names, no campaigns named 1, 2, …', async () => {
    const result = await importFile(ws, BANK);
    expect(result).toMatchObject({ entity: 'leads', imported: 60, rejected: 0, identity: { kind: 'content_hash' } });
    expect(count('SELECT count(*) AS n FROM campaigns')).toBe(0);
    expect(count('SELECT count(*) AS n FROM campaign_members')).toBe(0);
    expect(count('SELECT count(*) AS n FROM leads WHERE full_name IS NOT NULL OR campaign IS NOT NULL')).toBe(0);
    // Kept, never dropped.
    expect(count("SELECT count(*) AS n FROM leads WHERE json_extract(extra, '$.contact') = 'cellular'")).toBe(36);
    expect(count("SELECT count(*) AS n FROM leads WHERE json_extract(extra, '$.campaign') = '1'")).toBe(18);

    const columns = storedColumns(result.batchId);
    expect(fieldsOf(columns)).toEqual({});
    expect(columns.find((c) => c.header === 'contact')?.reason).toMatch(/^header looks like Full name, but its values are a handful of repeated words/);
    expect(columns.find((c) => c.header === 'campaign')?.reason).toMatch(/^header looks like Campaign, but its values are numbers \(1, 2, 3, …\)/);
  });

  it('is previewed with the same mapping and the same reasons the import then uses', async () => {
    const preview = await previewImport(BANK, { rows: 5 });
    const result = await importFile(ws, BANK);
    const stored = storedColumns(result.batchId);
    expect(preview.columns.map(({ sample: _sample, examples: _examples, ...c }) => c)).toEqual(stored);
    expect(preview.columns.find((c) => c.header === 'contact')).toMatchObject({ field: null, sample: 'cellular' });
    expect(preview.rows).toHaveLength(5);
  });
});

const FIRST = ['Jane', 'John', 'Ana', 'Wei', 'Fatima', 'Lars', 'Chloé', 'Kofi', 'Priya'];
const LAST = ['Doe', 'Smith', 'López', 'Zhang', 'Khan', 'Nielsen', 'Martin'];

describe('a HubSpot contacts export', () => {
  it('maps and imports as it did by headers alone', async () => {
    const header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Contact owner', 'Lifecycle Stage', 'Lead Status',
      'Create Date', 'Associated Company', 'Original Source', 'Country/Region'];
    const lines = [header.join(',')];
    for (let i = 0; i < 40; i++) {
      lines.push([
        String(50_001 + i * 101), FIRST[i % FIRST.length], LAST[i % LAST.length], `p${i}@${['acme.com', 'globex.io'][i % 2]}`,
        `+1 555 01${String(i).padStart(2, '0')}`, ['Ann Owner', 'Bob Seller'][i % 2], ['Lead', 'Customer'][i % 2], ['New', 'Open'][i % 2],
        `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, ['Acme Inc.', 'Globex'][i % 2], ['Organic Search', 'Paid Social', 'Direct Traffic'][i % 3],
        ['United States', 'Germany'][i % 2],
      ].join(','));
    }
    const path = join(ws.dir, 'hubspot.csv');
    writeFileSync(path, lines.join('\n') + '\n');

    const result = await importFile(ws, path);
    expect(result).toMatchObject({ preset: 'HubSpot contacts', imported: 40, rejected: 0, identity: { kind: 'record_id', column: 'Record ID' } });
    const stored = storedColumns(result.batchId);
    expect(fieldsOf(stored)).toEqual(fieldsOf(buildMapping(header).columns));
    expect(fieldsOf(stored)).toMatchObject({ 'Original Source': 'campaign', Email: 'email', 'Associated Company': 'company' });
    expect(count("SELECT count(*) AS n FROM campaigns WHERE name IN ('Organic Search', 'Paid Social', 'Direct Traffic')")).toBe(3);
  });
});

describe('the X Education leads file', () => {
  it('is previewed with the preset and the mapping it had by headers alone', async () => {
    const path = join(DATA, 'xeducation-leads', 'Leads.csv');
    const preview = await previewImport(path);
    const source = await openCsv(path);
    expect(preview.preset).toBe('X Education leads');
    expect(fieldsOf(preview.columns)).toEqual(fieldsOf(buildMapping(source.header.names).columns));
    expect(preview.identity).toEqual({ kind: 'record_id', column: 'Prospect ID' });
  });
});

describe('sampleChunks', () => {
  it('samples the first rows and still hands every chunk over once, in order', async () => {
    const path = join(DATA, 'xeducation-leads', 'Leads.csv');
    const source = await openCsv(path, { chunkRows: 128 });
    const sampled = await sampleChunks(source.chunks());
    expect(sampled.sample).toHaveLength(MAPPING_SAMPLE_ROWS);
    let rows = 0;
    let previous = 0;
    for await (const chunk of sampled.chunks) {
      for (const row of chunk.rows) {
        expect(row.rowNumber).toBeGreaterThan(previous);
        previous = row.rowNumber;
        if (rows < MAPPING_SAMPLE_ROWS) expect(row.fields).toBe(sampled.sample[rows]);
        rows++;
      }
    }
    expect(rows).toBe(9240);
    await sampled.close();
  });

  it('takes a short file whole', async () => {
    const source = await openCsv(BANK);
    const sampled = await sampleChunks(source.chunks());
    expect(sampled.sample).toHaveLength(60);
    let rows = 0;
    for await (const chunk of sampled.chunks) rows += chunk.rows.length;
    expect(rows).toBe(60);
  });
});
