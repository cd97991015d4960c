/**
 * Fields the examples have and the other records lack: found for canonical
 * fields and encoded extras, weighted like the profile, never for a field
 * both sides share, and never counting an example among the others.
 */
import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../src-main/db/queries/features';
import { findCoverageGaps } from '../../../src-main/engine/coverage-gaps';
import type { FeatureVocabulary } from '../../../src-model/embed/types';
import { VOCAB } from '../embed/fixtures';

let nextId = 1;
const row = (o: Partial<CoverageRow> & { leadExtra?: Record<string, string> } = {}): CoverageRow => ({
  id: nextId++,
  industry: null,
  employees: null,
  country: null,
  technologies: null,
  intent: null,
  title: null,
  seniority: null,
  department: null,
  score: null,
  extra: o.leadExtra ? JSON.stringify(o.leadExtra) : null,
  company_extra: null,
  ...o,
});
const vocab: FeatureVocabulary = { ...VOCAB, leadCategorical: ['Lead Source', 'Segment'], leadNumeric: [{ key: 'Page Views', cuts: [1, 2, 3] }] };
const many = (n: number, make: () => CoverageRow) => Array.from({ length: n }, make);
const ones = (rows: CoverageRow[]) => rows.map(() => 1);

describe('findCoverageGaps', () => {
  it('names a canonical field and an encoded extra that only the examples have, most lopsided first', () => {
    const examples = many(10, () => row({ industry: 'Pet shops', title: 'Owner', leadExtra: { Segment: 'pet', 'Lead Source': 'web' } }));
    const others = many(100, () => row({ title: 'Owner', leadExtra: { 'Lead Source': 'web' } }));
    const gaps = findCoverageGaps('leads', vocab, { rows: examples, weights: ones(examples) }, others);
    expect(gaps).toEqual([
      { field: 'industry', label: 'Industry', kind: 'field', examples: 1, others: 0 },
      { field: 'Segment', label: 'Segment', kind: 'extra', examples: 1, others: 0 },
    ]);
  });

  it('leaves out fields the others have too, fields too few examples have, and extras the engine does not read', () => {
    const examples = [
      ...many(6, () => row({ country: 'DE', intent: 'crm', leadExtra: { Unread: 'x' } })),
      ...many(4, () => row({ country: 'DE', leadExtra: { Unread: 'x' } })),
    ];
    // country: 15% of the others have it (over the 10% line); intent: 60% of the examples, none of the others;
    // the extra "Unread" is not in the vocabulary, so the engine never reads it.
    const others = [...many(15, () => row({ country: 'FR' })), ...many(85, () => row())];
    const gaps = findCoverageGaps('leads', vocab, { rows: examples, weights: ones(examples) }, others);
    expect(gaps.map((g) => g.field)).toEqual(['intent']);
    expect(gaps[0]).toMatchObject({ examples: 0.6, others: 0 });
  });

  it('weighs examples as the profile does: a field only the low-weight examples have is no gap', () => {
    const won = many(4, () => row()); // weight 3 each: 12
    const high = many(8, () => row({ department: 'Sales' })); // weight 1 each: 8 → 8/20 = 40%, under half
    const rows = [...won, ...high];
    const weights = [...won.map(() => 3), ...high.map(() => 1)];
    expect(findCoverageGaps('leads', vocab, { rows, weights }, many(50, () => row()))).toEqual([]);
    expect(findCoverageGaps('leads', vocab, { rows, weights: ones(rows) }, many(50, () => row())).map((g) => g.field)).toEqual(['department']);
  });

  it('does not count an example found in the sample among the others (a small workspace samples everything)', () => {
    const examples = many(20, () => row({ technologies: 'Salesforce' }));
    const others = many(80, () => row());
    const gaps = findCoverageGaps('leads', vocab, { rows: examples, weights: ones(examples) }, [...examples, ...others]);
    expect(gaps).toEqual([{ field: 'technologies', label: 'Tech stack', kind: 'field', examples: 1, others: 0 }]);
  });

  it('checks company fields only for company jobs, and reads damaged extras as empty', () => {
    const examples = many(5, () => row({ title: 'CEO', industry: 'Software', company_extra: '{broken' }));
    const gaps = findCoverageGaps('companies', vocab, { rows: examples, weights: ones(examples) }, many(20, () => row()));
    expect(gaps.map((g) => g.field)).toEqual(['industry']);
  });
});
