/**
 * The two export flavours and the imported extra columns (issue 11, item 8):
 * `crm` writes values a CRM re-imports unchanged — a phone `+1 451 555 0100`,
 * a signed number — while anything a spreadsheet could run as a formula is
 * neutralised in both flavours; `spreadsheet` neutralises the phone too. The
 * records' imported extra fields follow the export's own columns under their
 * original headers, and a re-import of the file (the real importer, a fresh
 * workspace) gives back the same phone and extra values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResultDto } from '../../../src-main/contract/dto';
import { EXPORT_EXTRA_COLUMNS_CAP } from '../../../src-main/contract/dto';
import { importFile } from '../../../src-main/import/import-file';
import { exportForApp } from '../../../src-main/services/app-export';
import { EXPORT_HEADERS, exportCsv } from '../../../src-main/services/export-service';
import { importLeads, listOf } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

const PHONE = '+1 451 555 0100';
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '@SUM(1+1)', "+cmd|' /C calc'!A0", '-2+3'];

let ws: ReturnType<typeof tempWorkspace>;
let fresh: ReturnType<typeof tempWorkspace> | undefined;
let list: number;

beforeEach(async () => {
  ws = tempWorkspace();
  // The first lead has only Notes of the two extra columns, so Notes is seen first.
  const ids = await importLeads(ws, [
    { 'Record ID': 'r1', Email: 'ada@acme.example', Phone: PHONE, 'Job Title': 'Head of Growth', 'Badge Colour': '', Notes: 'met at expo', Balance: '-12.5' },
    { 'Record ID': 'r2', Email: 'bob@acme.example', Phone: '+44 (0)20 7946 0958', 'Job Title': FORMULAS[0]!, 'Badge Colour': FORMULAS[1]!, Notes: FORMULAS[2]!, Balance: FORMULAS[3]! },
    { 'Record ID': 'r3', Email: 'cy@acme.example', Phone: '', 'Job Title': 'Analyst', 'Badge Colour': 'Webinar', Notes: '', Balance: '' },
  ]);
  list = listOf(ws, 'all', ['r1', 'r2', 'r3'].map((k) => ids.get(k)!));
});
afterEach(() => {
  ws.cleanup();
  fresh?.cleanup();
  fresh = undefined;
});

/** The file's rows by header, as a CRM or spreadsheet reads them (BOM removed). */
function rowsOf(file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

async function exported(options: Parameters<typeof exportCsv>[1], name: string) {
  const result = await exportCsv(ws, options, join(ws.dir, name));
  const { header, rows } = rowsOf(result.file);
  return { result, header, byId: Object.fromEntries(rows.map((r) => [r['Record ID'], r])) };
}

describe('export flavours', () => {
  it('crm (the default) writes a phone number and a signed number exactly, and says it wrote crm', async () => {
    const { result, byId } = await exported({ listId: list }, 'crm.csv');
    expect(result).toMatchObject({ rows: 3, flavour: 'crm' });
    expect(byId['r1']).toMatchObject({ Phone: PHONE, Balance: '-12.5' });
    expect(byId['r2']!['Phone']).toBe('+44 (0)20 7946 0958');
    // Byte for byte in the file, not only after parsing.
    expect(readFileSync(result.file, 'utf8')).toContain(`,${PHONE},`);
  });

  it('neutralises =, @, +cmd| and -2+3 in both flavours', async () => {
    for (const flavour of ['crm', 'spreadsheet'] as const) {
      const { byId } = await exported({ listId: list, flavour }, `${flavour}.csv`);
      expect(byId['r2'], flavour).toMatchObject({
        'Job Title': `'${FORMULAS[0]}`,
        'Badge Colour': `'${FORMULAS[1]}`,
        Notes: `'${FORMULAS[2]}`,
        Balance: `'${FORMULAS[3]}`,
      });
    }
  });

  it('spreadsheet neutralises the phone and the signed number too, and is named in the result and the file name', async () => {
    const { result, byId } = await exported({ listId: list, flavour: 'spreadsheet' }, 'sheet.csv');
    expect(result.flavour).toBe('spreadsheet');
    expect(byId['r1']).toMatchObject({ Phone: `'${PHONE}`, Balance: "'-12.5" });
    const day = new Date('2026-11-26T10:00:00Z');
    const app = (await exportForApp(ws, { listId: list, flavour: 'spreadsheet' }, undefined, day)) as ExportResultDto;
    expect(basename(app.file)).toBe(`list-${list}-for-spreadsheet-2026-11-26.csv`);
    expect(app.flavour).toBe('spreadsheet');
  });
});

describe('imported extra columns', () => {
  it('follow the export\'s own columns under their original headers, first seen first, with their values', async () => {
    const { result, header, byId } = await exported({ listId: list }, 'extras.csv');
    expect(result.extraColumns).toEqual(['Notes', 'Balance', 'Badge Colour']);
    expect(result.extraColumnsCapped).toBe(false);
    expect(header).toEqual([...EXPORT_HEADERS.leads, 'Notes', 'Balance', 'Badge Colour']);
    expect(byId['r1']).toMatchObject({ Notes: 'met at expo', Balance: '-12.5', 'Badge Colour': '' });
    expect(byId['r3']).toMatchObject({ Notes: '', Balance: '', 'Badge Colour': 'Webinar' });
  });

  it('are left out with [], and with headers named are those, in that order', async () => {
    const none = await exported({ listId: list, extraColumns: [] }, 'none.csv');
    expect(none.header).toEqual(EXPORT_HEADERS.leads);
    expect(none.result.extraColumns).toEqual([]);
    const named = await exported({ listId: list, extraColumns: ['Badge Colour', 'Not There'] }, 'named.csv');
    expect(named.header.slice(EXPORT_HEADERS.leads.length)).toEqual(['Badge Colour', 'Not There']);
    expect(named.byId['r3']).toMatchObject({ 'Badge Colour': 'Webinar', 'Not There': '' });
    await expect(exportCsv(ws, { listId: list, extraColumns: ['Email'] }, join(ws.dir, 'x.csv'))).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it(`are capped at ${EXPORT_EXTRA_COLUMNS_CAP} when all are asked for, and the result says so`, async () => {
    const wide = join(ws.dir, 'wide.csv');
    const headers = ['Email', ...Array.from({ length: EXPORT_EXTRA_COLUMNS_CAP + 50 }, (_, i) => `Custom ${i + 1}`)];
    writeFileSync(wide, Papa.unparse([headers, ['wide@acme.example', ...headers.slice(1).map((h) => `${h} value`)]]));
    await importFile(ws, wide);
    const id = ws.db.prepare("SELECT id FROM leads WHERE email = 'wide@acme.example'").pluck().get() as number;
    const result = await exportCsv(ws, { listId: listOf(ws, 'wide', [id]) }, join(ws.dir, 'wide-out.csv'));
    expect(result.extraColumnsCapped).toBe(true);
    expect(result.extraColumns).toEqual(headers.slice(1, 1 + EXPORT_EXTRA_COLUMNS_CAP));
  });
});

describe('a CRM re-import of a crm export', () => {
  it('keeps the phone numbers and the extra values unchanged (imported into a fresh workspace)', async () => {
    const { result } = await exported({ listId: list }, 'round-trip.csv');
    fresh = tempWorkspace();
    expect(await importFile(fresh, result.file)).toMatchObject({ entity: 'leads', imported: 3, rejected: 0 });
    const leads = (w: typeof ws) =>
      Object.fromEntries(
        (w.db.prepare('SELECT record_id, phone, extra FROM leads').all() as { record_id: string; phone: string | null; extra: string | null }[]).map((r) => [
          r.record_id,
          { phone: r.phone, extra: JSON.parse(r.extra ?? '{}') as Record<string, string> },
        ]),
      );
    const before = leads(ws);
    const after = leads(fresh);
    expect(after['r1']!.phone).toBe(PHONE);
    for (const id of ['r1', 'r2', 'r3']) {
      expect(after[id]!.phone, id).toBe(before[id]!.phone);
      // The plain values come back as they were; a neutralised formula keeps its apostrophe, as it should.
      const expected = Object.fromEntries(
        Object.entries(before[id]!.extra).map(([k, v]) => [k, FORMULAS.includes(v) ? `'${v}` : v]),
      );
      expect(after[id]!.extra, id).toMatchObject(expected);
    }
    expect(after['r1']!.extra).toMatchObject({ Notes: 'met at expo', Balance: '-12.5' });
  });
});
