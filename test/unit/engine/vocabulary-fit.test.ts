/**
 * When a stored vocabulary may keep encoding after an import: small sample
 * drift fits, anything that changes what is encoded does not.
 */
import { describe, expect, it } from 'vitest';
import { vocabularyStillFits } from '../../../src-main/engine/vocabulary-fit';
import type { FeatureVocabulary } from '../../../src-model/embed/types';
import { VOCAB } from '../embed/fixtures';

const TECH20 = Array.from({ length: 20 }, (_, i) => `tech ${i}`);
const stored: FeatureVocabulary = { ...VOCAB, technologies: TECH20 };
const fresh = (change: Partial<FeatureVocabulary>): FeatureVocabulary => ({ ...structuredClone(stored), ...change });

describe('vocabularyStillFits', () => {
  it('fits the identical vocabulary, and the same values in another order', () => {
    expect(vocabularyStillFits(stored, fresh({}))).toBe(true);
    expect(vocabularyStillFits(stored, fresh({ technologies: [...TECH20].reverse(), countries: [...VOCAB.countries].reverse() }))).toBe(true);
  });

  it('fits when two of twenty technologies trade places with the next ones, not three', () => {
    expect(vocabularyStillFits(stored, fresh({ technologies: [...TECH20.slice(0, 18), 'tech 20', 'tech 21'] }))).toBe(true);
    expect(vocabularyStillFits(stored, fresh({ technologies: [...TECH20.slice(0, 17), 'tech 20', 'tech 21', 'tech 22'] }))).toBe(false);
  });

  it('does not fit when a short list gains a value (a new country gets its slot)', () => {
    expect(vocabularyStillFits(stored, fresh({ countries: [...VOCAB.countries, 'ES'] }))).toBe(false);
    expect(vocabularyStillFits(stored, fresh({ intents: VOCAB.intents.slice(1) }))).toBe(false);
  });

  it('fits quartile cuts that move by less than a tenth of the spread, not more', () => {
    // Page Views cuts [5, 20, 50]: spread 45, so 4.5 is the most a cut may move.
    expect(vocabularyStillFits(stored, fresh({ leadNumeric: [{ key: 'Page Views', cuts: [6, 22, 54] }] }))).toBe(true);
    expect(vocabularyStillFits(stored, fresh({ leadNumeric: [{ key: 'Page Views', cuts: [5, 20, 56] }] }))).toBe(false);
  });

  it('keeps the cuts of a field concentrated on one value exact', () => {
    const flat: FeatureVocabulary = { ...stored, leadNumeric: [{ key: 'Visits', cuts: [1, 1, 1] }] };
    expect(vocabularyStillFits(flat, { ...flat, leadNumeric: [{ key: 'Visits', cuts: [1, 1, 1] }] })).toBe(true);
    expect(vocabularyStillFits(flat, { ...flat, leadNumeric: [{ key: 'Visits', cuts: [1, 1, 2] }] })).toBe(false);
  });

  it('does not fit when an extra field is added, dropped or changes kind', () => {
    expect(vocabularyStillFits(stored, fresh({ leadCategorical: ['Lead Source', 'Plan'] }))).toBe(false);
    expect(vocabularyStillFits(stored, fresh({ companyCategorical: [] }))).toBe(false);
    expect(vocabularyStillFits(stored, fresh({ leadNumeric: [], leadCategorical: ['Lead Source', 'Page Views'] }))).toBe(false);
  });

  it('does not fit another dimension, score scale or block weights', () => {
    expect(vocabularyStillFits(stored, fresh({ dim: 512 }))).toBe(false);
    expect(vocabularyStillFits(stored, fresh({ scoreScale: 1 }))).toBe(false);
    expect(vocabularyStillFits(stored, fresh({ blockWeights: { ...VOCAB.blockWeights, industry: VOCAB.blockWeights.industry * 2 } }))).toBe(false);
  });
});
