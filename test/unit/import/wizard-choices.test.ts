import { describe, expect, it } from 'vitest';
import { buildMapping } from '../../../src-main/crm/index';
import { headerLayout } from '../../../src-main/import/header-layout';
import { mappingConflicts, withoutFieldChoices } from '../../../src-main/import/mapping-conflicts';
import { splitOutcomeChoices, statusValues } from '../../../src-main/import/outcome-choices';

const HEADERS = ['Record ID', 'Email', 'Personal Email', 'Lead Status'];
const SAMPLE = [
  ['1', 'a@firm.example', 'a@home.example', 'Closed Won'],
  ['2', 'b@firm.example', 'b@home.example', 'nurturing'],
  ['3', 'c@firm.example', 'c@home.example', 'Nurturing'],
];
const map = (overrides: Record<string, string>) => buildMapping(HEADERS, { overrides, sample: SAMPLE });
const conflictsOf = (overrides: Record<string, string>) => mappingConflicts(map(overrides), map(withoutFieldChoices(overrides)));

describe('mapping conflicts', () => {
  it('names the column a field choice took the field from', () => {
    expect(conflictsOf({ 'Personal Email': 'email' })).toEqual([{ field: 'email', chosen: 'Personal Email', displaced: 'Email' }]);
  });

  it('finds none when the user chose what the importer chose, or settled the displaced column', () => {
    expect(conflictsOf({})).toEqual([]);
    expect(conflictsOf({ Email: 'email' })).toEqual([]);
    expect(conflictsOf({ 'Personal Email': 'email', Email: 'extra' })).toEqual([]);
    expect(conflictsOf({ 'Personal Email': 'email', Email: '-' })).toEqual([]);
  });

  it('keeps ignores and extras when taking the field choices out', () => {
    expect(withoutFieldChoices({ A: 'email', B: '-', C: 'extra' })).toEqual({ B: '-', C: 'extra' });
  });
});

describe('outcome choices', () => {
  it('splits remaps from ignored values', () => {
    expect(splitOutcomeChoices({ Nurturing: 'replied', Spam: 'ignore' })).toEqual({ outcomeOverrides: { Nurturing: 'replied' }, ignoredStatuses: ['Spam'] });
    expect(splitOutcomeChoices(undefined)).toEqual({ outcomeOverrides: {}, ignoredStatuses: [] });
  });

  it('counts status values case-insensitively, most frequent first, with the outcome each becomes', () => {
    const mapping = map({});
    expect(statusValues(mapping, SAMPLE, undefined)).toEqual({
      column: 'Lead Status',
      rowsSampled: 3,
      values: [
        { value: 'nurturing', rows: 2, outcome: 'open', remapped: false },
        { value: 'Closed Won', rows: 1, outcome: 'won', remapped: false },
      ],
    });
    expect(statusValues(mapping, SAMPLE, { NURTURING: 'ignore', 'closed won': 'lost' })?.values).toEqual([
      { value: 'nurturing', rows: 2, outcome: null, remapped: true },
      { value: 'Closed Won', rows: 1, outcome: 'lost', remapped: true },
    ]);
  });

  it('has nothing to say for a file without a status column', () => {
    expect(statusValues(buildMapping(['Email'], {}), [['a@b.example']], undefined)).toBeNull();
  });
});

describe('header layout', () => {
  it('is the same for the same header row and differs when a column is renamed, added or moved', () => {
    const key = headerLayout(map({}));
    expect(headerLayout(map({ Email: 'extra' }))).toEqual(key);
    expect(key.preset).toBe('none');
    expect(headerLayout(buildMapping([...HEADERS, 'Country'])).headerDigest).not.toBe(key.headerDigest);
    expect(headerLayout(buildMapping([...HEADERS].reverse())).headerDigest).not.toBe(key.headerDigest);
    expect(headerLayout(buildMapping(HEADERS.map((h) => h.toLowerCase()))).headerDigest).not.toBe(key.headerDigest);
  });
});
