/**
 * The reader over the project's real datasets (../shared/data, read-only):
 * Mac Roman with CR-only line ends, multi-line quoted cells in every row,
 * CRLF exports. Row counts are the data rows each SOURCE.md states.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseWesternSingleByte, nonAsciiContext } from '../../../src-main/csv/detect-encoding';
import { readAll } from './read-all';

const DATA = new URL('../../../../shared/data/', import.meta.url).pathname;

describe('real datasets', () => {
  it('reads crunchbase-companies.csv (Mac Roman, CR-only): 17,727 rows, none rejected', async () => {
    const r = await readAll(`${DATA}crunchbase-2013/crunchbase-companies.csv`);
    expect(r.format).toEqual({ encoding: 'macintosh', bom: false, delimiter: ',', newline: '\r' });
    expect(r.header.names).toHaveLength(17);
    expect(r.rows).toHaveLength(17_727);
    expect(r.rejected).toEqual([]);
  });

  it('reads crunchbase-acquisitions.csv with Condé Nast decoded; its 1,534 all-empty Excel rows are rejected', async () => {
    const r = await readAll(`${DATA}crunchbase-2013/crunchbase-acquisitions.csv`);
    expect(r.format.encoding).toBe('macintosh');
    expect(r.rows.some((row) => row.fields.includes('Condé Nast'))).toBe(true);
    // SOURCE.md counts 6,185 data lines; the last 1,534 are only commas (an Excel used-range artefact).
    expect(r.rows.length + r.rejected.length).toBe(6_185);
    expect(r.rows).toHaveLength(4_651);
    expect(new Set(r.rejected.map((x) => x.reason))).toEqual(new Set(['every cell is empty']));
    expect(r.rejected[0]?.rowNumber).toBe(4_653);
    expect(r.rejected.at(-1)?.rowNumber).toBe(6_186);
  });

  it('tells Mac Roman from Windows-1252 in crunchbase by its characters alone, not only its CR line ends', () => {
    const bytes = readFileSync(`${DATA}crunchbase-2013/crunchbase-acquisitions.csv`);
    expect(chooseWesternSingleByte(nonAsciiContext(bytes), '\r\n')).toBe('macintosh');
  });

  it('reads esco occupations_en.csv (multi-line quoted cells in every row): 2,942 rows, none rejected', async () => {
    const r = await readAll(`${DATA}esco-occupations/occupations_en.csv`);
    expect(r.format).toMatchObject({ encoding: 'utf-8', delimiter: ',', newline: '\n' });
    expect(r.rows).toHaveLength(2_942);
    expect(r.rejected).toEqual([]);
    const technicalDirector = r.rows.find((row) => row.fields[3] === 'technical director');
    expect(technicalDirector?.fields[4]).toContain('head of technical\ndirector of technical arts');
  });

  it('reads xeducation Leads.csv: 9,240 rows, none rejected', async () => {
    const r = await readAll(`${DATA}xeducation-leads/Leads.csv`);
    expect(r.format).toMatchObject({ encoding: 'utf-8', delimiter: ',', newline: '\r\n' });
    expect(r.header.names[0]).toBe('Prospect ID');
    expect(r.rows).toHaveLength(9_240);
    expect(r.rejected).toEqual([]);
  });

  it('reads ai-jobs-net salaries.csv: 74,301 rows, none rejected', async () => {
    const r = await readAll(`${DATA}job-titles-salaries/ai-jobs-net/salaries.csv`);
    expect(r.rows).toHaveLength(74_301);
    expect(r.rejected).toEqual([]);
    expect(r.rows.at(-1)?.rowNumber).toBe(74_302);
  });
});
