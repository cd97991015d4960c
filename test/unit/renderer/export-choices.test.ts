import { describe, expect, it } from 'vitest';
import type { ExportResultDto } from '../../../src-main/contract/dto';
import type { ExportPayload } from '../../../src-renderer/src/components/export-choices';
import { exportPayload, extraColumnsOf, MAX_PICKED_EXTRAS, writtenHow, writtenText } from '../../../src-renderer/src/components/export-choices';

const GRID: ExportPayload = { jobId: 7, minScore: 0.5, sort: { column: 'company', direction: 'desc' }, search: 'acme', filters: [{ column: 'country', in: ['Germany'] }], fold: true };

describe('the Export dialog\'s payload', () => {
  it('sends the grid\'s whole query for "all shown", with the chosen flavour and extra columns', () => {
    expect(exportPayload(GRID, null, { flavour: 'spreadsheet', extras: { kind: 'none' } })).toEqual({ ...GRID, flavour: 'spreadsheet', extraColumns: [] });
    expect(exportPayload(GRID, [], { flavour: 'crm', extras: { kind: 'all' } })).toEqual({ ...GRID, flavour: 'crm', extraColumns: 'all' });
  });

  it('sends only the ids for a selection: the minimum and the grid query that picked them do not apply', () => {
    expect(exportPayload(GRID, [3, 1], { flavour: 'crm', extras: { kind: 'picked', headers: ['Region'] } })).toEqual({ jobId: 7, ids: [3, 1], flavour: 'crm', extraColumns: ['Region'] });
    expect(exportPayload({ listId: 2, search: 'x' }, [5], { flavour: 'crm', extras: { kind: 'all' } })).toEqual({ listId: 2, ids: [5], flavour: 'crm', extraColumns: 'all' });
  });

  it('caps picked extra columns at the core\'s limit', () => {
    const many = Array.from({ length: MAX_PICKED_EXTRAS + 10 }, (_, i) => `h${i}`);
    expect(extraColumnsOf({ kind: 'picked', headers: many })).toHaveLength(MAX_PICKED_EXTRAS);
  });
});

describe('what the window says was written', () => {
  const result: ExportResultDto = { file: '/x/a.csv', entity: 'leads', rows: 1, flavour: 'spreadsheet', extraColumns: ['A', 'B'], extraColumnsCapped: false };
  it('names the rows, the flavour and the extra columns', () => {
    expect(writtenText(result)).toBe('Exported 1 row to');
    expect(writtenHow(result)).toBe('for a spreadsheet, 2 extra columns');
    expect(writtenHow({ ...result, flavour: 'crm', extraColumns: [] })).toBe('for a CRM, no extra columns');
    expect(writtenHow({ ...result, extraColumns: ['A'], extraColumnsCapped: true })).toBe('for a spreadsheet, 1 extra column, the first of more');
  });
});
