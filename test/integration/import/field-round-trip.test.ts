/**
 * Every canonical field survives the trip a user's data takes: a CSV that
 * carries each field of the field table under its export header is imported
 * by the real importer, and each field is then found in storage (the lead or
 * company row), in the feature page the engine embeds (for the fields the
 * engine reads) and in an export of the record, under its export header.
 *
 * The files are built from the table, and each value from its field's type,
 * so a field added to the table is carried here too: one that the importer
 * does not map back from its export header, that has no column to be stored
 * in, that the writer does not parse as its type says, or that the export
 * leaves out, fails this test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-main/contract/dto';
import { buildMapping } from '../../../src-main/crm/index';
import { featurePage } from '../../../src-main/db/queries/features';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { importFile } from '../../../src-main/import/import-file';
import { exportCsv } from '../../../src-main/services/export-service';
import { decodeFeaturePage } from '../../../src-model/embed/feature-page';
import type { RecordBatch } from '../../../src-model/embed/types';
import { engineColumns, storedColumns } from '../../../src-model/fields/field-columns';
import { type CanonicalField, type CanonicalFieldDefinition, FIELD_TABLE, type FieldType, fieldDefinition } from '../../../src-model/fields/field-table';
import { tempWorkspace } from '../../helpers/temp-workspace';

type Stored = string | number;

/** A cell as a CRM file gives it, what is stored (the number, and the text beside it), and what the export writes. */
interface Sample {
  cell: string;
  stored: Stored;
  storedText?: string;
  exported: string;
}

const asWritten = (cell: string): Sample => ({ cell, stored: cell, exported: cell });

/** One value per type, told apart per field where the type is shared; none starts with a character the export guards against formulas. */
const SAMPLES: Readonly<Record<FieldType, (field: CanonicalField) => Sample>> = {
  id: (field) => asWritten(`id-${field}`),
  'person-name': (field) => asWritten(`Ada ${field}`),
  'company-name': () => asWritten('Acme Analytics'),
  email: () => ({ cell: 'Ada.Lovelace@Acme-Analytics.com', stored: 'ada.lovelace@acme-analytics.com', exported: 'ada.lovelace@acme-analytics.com' }),
  phone: () => asWritten('020 7946 0958'),
  'web-address': () => ({ cell: 'https://www.acme-analytics.com/about', stored: 'acme-analytics.com', exported: 'acme-analytics.com' }),
  country: () => asWritten('Germany'),
  text: (field) => asWritten(`Sample ${field}`),
  list: (field) => asWritten(`${field} one; ${field} two`),
  'group-name': () => asWritten('Spring launch'),
  'employee-count': () => ({ cell: '51-200', stored: 126, storedText: '51-200', exported: '51-200' }),
  amount: () => ({ cell: '$1.5M', stored: 1_500_000, exported: '1500000' }),
  score: () => ({ cell: '85', stored: 85, exported: '85' }),
  flag: () => ({ cell: 'yes', stored: 1, exported: '1' }),
  date: () => asWritten('2024-03-01'),
};

const sampleOf = (field: CanonicalField): Sample => SAMPLES[fieldDefinition(field).type](field);

const storedIn = (entity: Entity) => FIELD_TABLE.filter((f) => (entity === 'leads' ? true : f.storage.companies !== undefined));
const exportHeaderOf = (f: CanonicalFieldDefinition, entity: Entity): string =>
  entity === 'companies' ? (f.companyExportHeader ?? f.exportHeader) : f.exportHeader;

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

/** A one-row CSV of every field `entity` stores, under its export headers; imported, and the record's id. */
async function importEveryField(entity: Entity): Promise<{ headers: string[]; id: number }> {
  const fields = storedIn(entity);
  const headers = fields.map((f) => exportHeaderOf(f, entity));
  const file = join(ws.dir, `${entity}.csv`);
  writeFileSync(file, Papa.unparse([headers, fields.map((f) => sampleOf(f.name).cell)]));
  const result = await importFile(ws, file, { entity });
  expect(result).toMatchObject({ entity, imported: 1, rejected: 0, warnings: 0 });
  const id = ws.db.prepare(`SELECT id FROM ${entity}`).pluck().get() as number;
  return { headers, id };
}

function storedRow(entity: Entity, id: number): Record<string, unknown> {
  return ws.db.prepare(`SELECT * FROM ${entity} WHERE id = ?`).get(id) as Record<string, unknown>;
}

function featuresOf(entity: Entity, id: number): RecordBatch {
  const page = featurePage(ws.db, entity, id, id + 1);
  expect(page.count).toBe(1);
  return decodeFeaturePage(page.json!);
}

/** The record's row of an export of a list holding it, by header. */
async function exported(entity: Entity, id: number): Promise<Record<string, string>> {
  const list = insertList(ws.db, 'round trip', entity);
  addListMembers(ws.db, list, entity, [id]);
  const file = join(ws.dir, `${entity}-export.csv`);
  await exportCsv(ws, { listId: list }, file);
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** What the engine reads for a field: a number as stored, text as stored. */
function featureValue(batch: RecordBatch, feature: keyof RecordBatch): unknown {
  const column = batch[feature] as ArrayLike<unknown>;
  return column[0];
}

describe('every field of the field table', () => {
  it('maps back from its export header, in leads and in companies files', () => {
    for (const entity of ['leads', 'companies'] as const) {
      const fields = storedIn(entity);
      const mapping = buildMapping(fields.map((f) => exportHeaderOf(f, entity)), { entity });
      expect(mapping.columns.map((c) => c.field), entity).toEqual(fields.map((f) => f.name));
    }
  });

  it('from a leads file: is stored on the lead, read by the engine and exported under its header', async () => {
    const { id } = await importEveryField('leads');
    const lead = storedRow('leads', id);

    for (const c of storedColumns('leads')) {
      const sample = sampleOf(c.field);
      expect(lead[c.column], `leads.${c.column} (${c.field})`).toBe(c.holds === 'text' ? sample.storedText : sample.stored);
    }

    // The lead links to the company its row names; that company's embedding is the lead's company part.
    const companyId = lead['company_id'] as number;
    expect(companyId).toBeGreaterThan(0);
    const own = featuresOf('leads', id);
    const company = featuresOf('companies', companyId);
    for (const c of engineColumns('leads')) {
      const expected = sampleOf(c.field).stored;
      if (!c.unlinkedOnly) {
        expect(featureValue(own, c.feature), `${c.feature} (${c.field})`).toBe(expected);
      } else if (fieldDefinition(c.field).storage.fillsCompany) {
        expect(featureValue(company, c.feature), `linked company's ${c.feature} (${c.field})`).toBe(expected);
      }
    }

    const row = await exported('leads', id);
    for (const f of storedIn('leads')) {
      expect(row[f.exportHeader], `${f.exportHeader} (${f.name})`).toBe(sampleOf(f.name).exported);
    }
  });

  it('from a companies file: is stored on the company, read by the engine and exported under its header', async () => {
    const { id } = await importEveryField('companies');
    const company = storedRow('companies', id);

    for (const c of storedColumns('companies')) {
      const sample = sampleOf(c.field);
      expect(company[c.column], `companies.${c.column} (${c.field})`).toBe(c.holds === 'text' ? sample.storedText : sample.stored);
    }

    const features = featuresOf('companies', id);
    for (const c of engineColumns('companies')) {
      expect(featureValue(features, c.feature), `${c.feature} (${c.field})`).toBe(sampleOf(c.field).stored);
    }

    const row = await exported('companies', id);
    for (const f of storedIn('companies')) {
      const header = exportHeaderOf(f, 'companies');
      expect(row[header], `${header} (${f.name})`).toBe(sampleOf(f.name).exported);
    }
  });
});
