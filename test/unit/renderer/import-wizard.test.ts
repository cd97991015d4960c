import { describe, expect, it } from 'vitest';
import type { ImportPreviewDto, ImportProgressEvent } from '../../../src-main/contract/dto';
import { columnsMatching, destinationName, settleConflict, withChoice } from '../../../src-renderer/src/features/imports/field-names';
import { importEnding } from '../../../src-renderer/src/features/imports/import-ending';

type Column = ImportPreviewDto['columns'][number];
const column = (index: number, header: string, field: string | null, more: Partial<Column> = {}): Column => ({
  index,
  header,
  field,
  ignored: false,
  sample: null,
  examples: [],
  overridden: false,
  reason: '',
  ...more,
});
const LABELS = { record_id: 'Record ID', email: 'Email' };

describe('where a column goes, in words', () => {
  it('uses the field table label, the header for an extra, and says when a column is not imported', () => {
    expect(destinationName(column(0, 'Id', 'record_id'), LABELS)).toBe('Record ID');
    expect(destinationName(column(1, 'Notes', null), LABELS)).toBe('Extra: Notes');
    expect(destinationName(column(2, 'Junk', null, { ignored: true }), LABELS)).toBe('Not imported');
  });
});

describe('finding a column', () => {
  const columns = [column(0, 'Id', 'record_id'), column(1, 'Work E-mail', 'email'), column(2, 'Notes', null), column(3, 'EMAIL opt-in', null, { ignored: true })];

  it('finds by the file’s header or by where the column goes, ignoring case, in file order', () => {
    expect(columnsMatching(columns, 'email', LABELS)).toEqual([1, 3]);
    expect(columnsMatching(columns, 'record', LABELS)).toEqual([0]);
    expect(columnsMatching(columns, ' EXTRA: ', LABELS)).toEqual([2]);
    expect(columnsMatching(columns, 'not imported', LABELS)).toEqual([3]);
  });

  it('finds every column for an empty search and none for a miss', () => {
    expect(columnsMatching(columns, '  ', LABELS)).toEqual([0, 1, 2, 3]);
    expect(columnsMatching(columns, 'revenue', LABELS)).toEqual([]);
  });
});

describe('choosing a column’s field', () => {
  const columns = [column(0, 'Email', 'email', { overridden: true }), column(1, 'Personal Email', null)];

  it('lets go of the field from a column the user had put on it, so the clash comes back as a conflict', () => {
    expect(withChoice({ Email: 'email' }, columns, 'Personal Email', 'email')).toEqual({ 'Personal Email': 'email' });
    expect(withChoice({ Email: 'email' }, columns, 'Personal Email', 'extra')).toEqual({ Email: 'email', 'Personal Email': 'extra' });
  });

  it('settles a conflict for either column, the other kept as an extra field', () => {
    const conflict = { field: 'email', chosen: 'Personal Email', displaced: 'Email' };
    expect(settleConflict({ 'Personal Email': 'email' }, conflict, 'chosen')).toEqual({ 'Personal Email': 'email', Email: 'extra' });
    expect(settleConflict({ 'Personal Email': 'email' }, conflict, 'displaced')).toEqual({ 'Personal Email': 'extra', Email: 'email' });
  });
});

describe('how an import ended', () => {
  const event = (status: ImportProgressEvent['status'], counts: ImportProgressEvent['counts']): ImportProgressEvent => ({
    file: 'leads.csv',
    path: '/x/leads.csv',
    status,
    batchId: 4,
    rows: 0,
    bytesRead: 0,
    bytesTotal: 10,
    counts,
    message: status === 'failed' ? 'leads.csv: broken' : null,
  });

  it('says a header-only file and an all-rejected file plainly, by name', () => {
    expect(importEnding(event('completed', { imported: 0, updated: 0, unchanged: 0, rejected: 0 }))).toEqual({
      kind: 'header-only',
      text: 'leads.csv has a header row but no data rows: nothing was imported.',
    });
    expect(importEnding(event('completed', { imported: 0, updated: 0, unchanged: 0, rejected: 1200 }))).toEqual({
      kind: 'all-rejected',
      text: 'Nothing was imported from leads.csv: all 1,200 rows were rejected. The rejected rows are below.',
    });
    expect(importEnding(event('completed', { imported: 0, updated: 0, unchanged: 3, rejected: 2 })).kind).toBe('imported');
  });

  it('says stopped for a stopped import and keeps a failure’s message', () => {
    expect(importEnding(event('cancelled', null))).toEqual({ kind: 'stopped', text: 'Stopped the import of leads.csv: nothing from it was kept.' });
    expect(importEnding(event('failed', null))).toEqual({ kind: 'failed', text: 'leads.csv: broken' });
  });
});
