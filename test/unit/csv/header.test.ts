import { describe, expect, it } from 'vitest';
import { buildHeader } from '../../../src-main/csv/header';
import { fixture, readAll } from './read-all';

describe('header names', () => {
  it('trims names, names empty cells Column N and makes duplicates unique', async () => {
    const r = await readAll(fixture('duplicate-headers.csv'));
    expect(r.header.raw).toEqual([' Email ', 'Email', '', 'email', 'Phone', 'Email (2)']);
    // "Email (2)" is taken by the file's own sixth column, so the duplicates get (3) and (4).
    expect(r.header.names).toEqual(['Email', 'Email (3)', 'Column 3', 'email (4)', 'Phone', 'Email (2)']);
    expect(r.rows[0]?.fields).toHaveLength(6);
  });

  it('numbers duplicates in order: Email, Email (2), Email (3)', () => {
    expect(buildHeader(['Email', 'Email', 'Email']).names).toEqual(['Email', 'Email (2)', 'Email (3)']);
  });

  it('strips a BOM that reached the first cell', () => {
    expect(buildHeader(['\uFEFFRecord ID', 'Email'])).toEqual({ names: ['Record ID', 'Email'], raw: ['Record ID', 'Email'] });
  });
});
