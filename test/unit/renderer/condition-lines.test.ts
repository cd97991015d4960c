import { describe, expect, it } from 'vitest';
import type { ConditionFieldDto } from '../../../src-main/contract/dto';
import {
  composeLine,
  conditionLines,
  describeCondition,
  findField,
  itemBeingTyped,
  OPERATORS_BY_KIND,
  readLines,
  withFieldReplaced,
  withLine,
  withLineReplaced,
  withoutLine,
} from '../../../src-renderer/src/features/segments/condition-lines';

const FIELDS: ConditionFieldDto[] = [
  { name: 'industry', label: 'Industry', kind: 'text', group: 'record', hasValues: true },
  { name: 'won', label: 'Won', kind: 'yes-no', group: 'record', hasValues: true },
  { name: 'created_at', label: 'Created date', kind: 'date', group: 'record', hasValues: true },
  { name: 'extra.Industry', label: 'Industry', kind: 'text', group: 'imported', hasValues: true },
  { name: 'Plan Tier', label: 'Plan Tier', kind: 'text', group: 'imported', hasValues: true },
];

describe('the condition builder and the typed lines stay in sync', () => {
  it('writes a picked condition as the line a power user would type, quoting what the parser would split', () => {
    expect(composeLine('industry', '=', ' Software ')).toBe('industry = Software');
    expect(composeLine('company.country', 'in', 'United States, Germany,')).toBe('company.country in ("United States", Germany)');
    expect(composeLine('Plan Tier', 'contains', 'Pro')).toBe('Plan Tier contains Pro');
    // What it writes reads back as the same condition.
    const [line] = readLines(composeLine('title', '=', 'Head of Sales in EMEA'));
    expect(line!.condition).toEqual({ field: 'title', op: '=', values: ['Head of Sales in EMEA'] });
  });

  it('reads typed lines as rows, naming what is wrong with a line it cannot read', () => {
    const lines = readLines('industry = Software\n\n  won = yes  \ntitle VP');
    expect(lines.map((l) => l.text)).toEqual(['industry = Software', 'won = yes', 'title VP']);
    expect(lines[0]!.condition).toEqual({ field: 'industry', op: '=', values: ['Software'] });
    expect(lines[2]!.error).toContain('"title VP"');
  });

  it('adds, replaces and removes lines by their place among the non-empty ones', () => {
    const text = 'a = 1\n\nb = 2';
    expect(conditionLines(text)).toEqual(['a = 1', 'b = 2']);
    expect(withLine(text, 2, 'c = 3')).toBe('a = 1\nb = 2\nc = 3');
    expect(withLine(text, 1, 'b = 5')).toBe('a = 1\nb = 5');
    expect(withoutLine(text, 0)).toBe('b = 2');
  });

  it('takes a "did you mean" fix for a field everywhere it is named, or for one line', () => {
    expect(withFieldReplaced('industy = Retail\ntitle = VP\nindusty in (a, b)', 'industy', 'industry')).toBe('industry = Retail\ntitle = VP\nindustry in (a, b)');
    expect(withFieldReplaced('industy = Retail', 'title', 'industry')).toBe('industy = Retail');
    expect(withLineReplaced('industry = softwre\nwon = yes', 'industry = softwre', 'industry = Software')).toBe('industry = Software\nwon = yes');
  });

  it('describes a condition with the field\'s label and the operator in words fitting its kind', () => {
    const [date] = readLines('created_at >= 2024-01-01');
    expect(describeCondition(date!.condition!, findField(FIELDS, 'created_at'))).toBe('Created date is on or after 2024-01-01');
    const [list] = readLines('INDUSTRY in (Retail, Banking)');
    expect(describeCondition(list!.condition!, findField(FIELDS, list!.condition!.field))).toBe('Industry is one of Retail, Banking');
    const [unknown] = readLines('Seats > 5');
    expect(describeCondition(unknown!.condition!, findField(FIELDS, 'Seats'))).toBe('Seats is more than 5');
    expect(findField(FIELDS, 'extra.industry')?.group).toBe('imported');
  });

  it('offers only operators that fit a kind: a yes/no field is yes or no, a date is ordered, text can be searched', () => {
    expect(OPERATORS_BY_KIND['yes-no']).toEqual(['=']);
    expect(OPERATORS_BY_KIND.date).not.toContain('contains');
    expect(OPERATORS_BY_KIND.text).toContain('contains');
    expect(OPERATORS_BY_KIND.number).not.toContain('contains');
  });

  it('suggests for the item being typed in an "is one of" list, keeping the items before it', () => {
    expect(itemBeingTyped('Retail, Bank', true)).toEqual({ head: 'Retail, ', item: 'Bank' });
    expect(itemBeingTyped('Retail,', true)).toEqual({ head: 'Retail, ', item: '' });
    expect(itemBeingTyped('Bank', true)).toEqual({ head: '', item: 'Bank' });
    expect(itemBeingTyped(' Retail, Bank ', false)).toEqual({ head: '', item: 'Retail, Bank' });
  });
});
