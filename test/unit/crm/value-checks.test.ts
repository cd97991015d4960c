import { describe, expect, it } from 'vitest';
import { checkValues, createValueJudge } from '../../../src-main/crm/index';

/** `n` cells cycling through `values`, as a column of a sampled file. */
const cycle = (values: readonly string[], n: number): string[] => Array.from({ length: n }, (_, i) => values[i % values.length]!);

const PEOPLE = [
  'Jane Doe', 'John Smith', 'Ana María López', 'Wei Zhang', 'Fatima Khan', 'Lars Nielsen', 'Chloé Martin', 'Kofi Mensah',
  'Priya Patel', 'Tom Becker', 'Sara Rossi', 'Yuki Tanaka', 'Omar Haddad', 'Ella Novak', 'Liam Walsh',
];

describe('names', () => {
  it('refuses a handful of repeated words, the bank-marketing contact column', () => {
    const verdict = checkValues('full_name', cycle(['cellular', 'cellular', 'unknown', 'telephone'], 200), 'auto');
    expect(verdict.ok).toBe(false);
    expect(verdict.note).toBe('its values are a handful of repeated words (cellular, unknown, telephone)');
  });

  it('takes real names, even when first names repeat', () => {
    expect(checkValues('full_name', cycle(PEOPLE, 200), 'auto')).toEqual({ ok: true, note: null });
    expect(checkValues('first_name', cycle(['Anna', 'Ben', 'Carla', 'David', 'Emma', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jon', 'Karl', 'Lena'], 40), 'auto').ok).toBe(true);
  });

  it('refuses numbers as names', () => {
    const verdict = checkValues('last_name', cycle(['12', '7', '3', '40', '5', '16'], 30), 'auto');
    expect(verdict).toEqual({ ok: false, note: 'its values are numbers (3, 5, 7, …)' });
  });

  it('does not judge repetition on a short file, nor a few names shared by a small team', () => {
    expect(checkValues('full_name', cycle(['cellular', 'unknown'], 10), 'auto').ok).toBe(true);
    expect(checkValues('first_name', cycle(['Jane', 'John', 'Ana', 'Wei', 'Fatima', 'Lars', 'Chloé', 'Kofi', 'Priya'], 40), 'auto').ok).toBe(true);
    expect(checkValues('first_name', cycle(['cellular', 'unknown', 'telephone'], 30), 'auto').ok).toBe(false);
  });

  it('keeps a company column of a few target accounts, refuses a yes/no flag', () => {
    expect(checkValues('company', cycle(['Acme Inc.', 'Globex', 'Initech'], 60), 'auto').ok).toBe(true);
    expect(checkValues('company', cycle(['Yes', 'No', 'No'], 200), 'auto').ok).toBe(false);
    expect(checkValues('company', cycle(['checking', 'savings'], 200), 'auto').ok).toBe(false);
  });

  it('lets a preset keep a repetitive name column, but not a numeric one', () => {
    expect(checkValues('full_name', cycle(['cellular', 'unknown', 'telephone'], 200), 'preset').ok).toBe(true);
    expect(checkValues('company', cycle(['1', '2', '3'], 200), 'preset').ok).toBe(false);
  });
});

describe('campaign', () => {
  it('refuses counts, the bank-marketing campaign column', () => {
    expect(checkValues('campaign', cycle(['1', '2', '1', '3', '6'], 100), 'auto')).toEqual({ ok: false, note: 'its values are numbers (1, 2, 3, …)' });
  });

  it('takes campaign names and numeric campaign ids', () => {
    expect(checkValues('campaign', cycle(['Organic Search', 'Google', 'Direct Traffic'], 100), 'auto').ok).toBe(true);
    expect(checkValues('campaign', cycle(['70130000001', '70130000002'], 100), 'auto').ok).toBe(true);
  });
});

describe('shapes', () => {
  it('email: most values have an @; a preset only refuses when almost none do', () => {
    expect(checkValues('email', cycle(['a@acme.com', 'b@globex.io'], 20), 'auto')).toEqual({ ok: true, note: 'values look like emails' });
    const mixed = cycle(['a@acme.com', 'yes', 'no'], 30);
    expect(checkValues('email', mixed, 'auto')).toEqual({ ok: false, note: 'its values are not email addresses (yes, no)' });
    expect(checkValues('email', mixed, 'preset').ok).toBe(true);
    expect(checkValues('email', cycle(['yes', 'no'], 30), 'preset').ok).toBe(false);
  });

  it('phone: digits, with the usual punctuation and extensions', () => {
    expect(checkValues('phone', cycle(['+1 (555) 010-2030', '030 1234567', "'+44 20 7946 0958", '555-0101 ext. 12'], 20), 'auto').ok).toBe(true);
    expect(checkValues('phone', cycle(['cellular', 'telephone', 'unknown'], 20), 'auto').ok).toBe(false);
  });

  it('domain: hosts and URLs, profile URLs included', () => {
    expect(checkValues('domain', cycle(['acme.com', 'https://www.globex.io/about', 'linkedin.com/company/initech'], 20), 'auto').ok).toBe(true);
    expect(checkValues('domain', cycle(['Yes', 'No'], 20), 'auto').ok).toBe(false);
  });

  it('created_at: dates in the common forms', () => {
    expect(checkValues('created_at', cycle(['2024-03-15', '3/15/2024', '15.03.2024 14:30', '2024/03/15', '1710460800000'], 20), 'auto').ok).toBe(true);
    expect(checkValues('created_at', cycle(['may', 'jun', 'jul'], 20), 'auto').ok).toBe(false);
  });

  it('country: names and codes the country reader knows', () => {
    expect(checkValues('country', cycle(['India', 'United States', 'DE', 'Deutschland', 'GBR'], 20), 'auto')).toEqual({ ok: true, note: 'values name countries' });
    expect(checkValues('country', cycle(['married', 'single', 'divorced'], 20), 'auto').ok).toBe(false);
    expect(checkValues('country', cycle(['1', '2'], 20), 'auto').note).toMatch(/numbers/);
  });
});

describe('quantities', () => {
  it('employees and revenue take what their normalisers read: bands, currency, scales', () => {
    expect(checkValues('employees', cycle(['51-200', '1,001-5,000', '10,001+', '12', 'Self-employed'], 20), 'auto').ok).toBe(true);
    expect(checkValues('revenue', cycle(['$1M', '€3,5 Mio', '2924000', '$1M-$10M'], 20), 'auto').ok).toBe(true);
    expect(checkValues('employees', cycle(['S', 'M', 'L'], 20), 'auto').ok).toBe(false);
  });

  it('score takes numbers and word ratings', () => {
    expect(checkValues('score', cycle(['Hot', 'Warm', 'Cold', '85'], 20), 'auto').ok).toBe(true);
    expect(checkValues('score', cycle(['Interested', 'Ringing'], 20), 'auto').ok).toBe(false);
  });

  it('an id is not a number to encode', () => {
    const ids = Array.from({ length: 50 }, (_, i) => String(660737 - i * 3));
    expect(checkValues('revenue', ids, 'auto')).toEqual({ ok: false, note: 'its values look like ids (660737, 660734, 660731, …)' });
    expect(checkValues('employees', cycle(['00123', '00456', '00789', '01011'], 20), 'auto').ok).toBe(false);
    // Revenues are spread out, even when each is distinct and as long.
    const revenues = Array.from({ length: 50 }, (_, i) => String(1_000_000 + i * 137_000));
    expect(checkValues('revenue', revenues, 'auto').ok).toBe(true);
    // A preset that pins the column is not second-guessed on this.
    expect(checkValues('revenue', ids, 'preset').ok).toBe(true);
  });
});

describe('record_id', () => {
  it('must be mostly unique for an auto guess', () => {
    expect(checkValues('record_id', Array.from({ length: 40 }, (_, i) => `id-${i}`), 'auto')).toEqual({ ok: true, note: 'values are unique' });
    expect(checkValues('record_id', cycle(['A1', 'A2', 'A3'], 40), 'auto')).toEqual({ ok: false, note: 'its values repeat (3 different in 40 rows)' });
    expect(checkValues('record_id', cycle(['A1', 'A2', 'A3'], 40), 'preset').ok).toBe(true);
  });
});

describe('too few values', () => {
  it('says nothing below five non-empty values, and missing markers do not count', () => {
    expect(checkValues('email', ['yes', 'no', '', 'n/a', 'Select', '-', 'no'], 'auto')).toEqual({ ok: true, note: null });
  });
});

describe('createValueJudge', () => {
  it('reads a column out of sampled rows; without rows every guess stands', () => {
    const rows = cycle(['x'], 30).map((_, i) => [`row${i}@acme.com`, String((i % 4) + 1)]);
    const judge = createValueJudge(rows);
    expect(judge(0, 'email', 'auto').ok).toBe(true);
    expect(judge(1, 'campaign', 'auto').ok).toBe(false);
    expect(createValueJudge(undefined)(1, 'campaign', 'auto')).toEqual({ ok: true, note: null });
    expect(createValueJudge([])(1, 'campaign', 'auto').ok).toBe(true);
  });
});
