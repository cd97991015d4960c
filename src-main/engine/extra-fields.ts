/**
 * The imported columns a vocabulary encodes (its extra fields), for the
 * parts of the app that explain a job in those terms: the coverage check
 * and the side-by-side comparison.
 */
import type { Entity } from '../contract/dto';
import type { FeatureVocabulary } from '../../src-model/embed/types';

/** An imported column the engine encodes (the vocabulary's extra fields), and how. */
export interface ExtraFieldSpec {
  key: string;
  /** Whose extras hold it: the company's (a lead without a company carries its own) or the lead's. */
  part: 'company' | 'lead';
  /** Band cut points for a numeric field; null for a categorical one. */
  cuts: readonly number[] | null;
  /** A numeric field's values with a band of their own. */
  sentinels?: readonly number[];
}

/** A number for people: whole, or to two decimals without trailing zeros. */
export const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));

/** A value band in words: "up to 5", "5 to 12", "over 30". */
export function bandLabel(cuts: readonly number[], band: number): string {
  if (cuts.length === 0) return 'any';
  if (band === 0) return `up to ${formatNumber(cuts[0]!)}`;
  if (band >= cuts.length) return `over ${formatNumber(cuts[cuts.length - 1]!)}`;
  return `${formatNumber(cuts[band - 1]!)} to ${formatNumber(cuts[band]!)}`;
}

/** A number as CRM exports write one (thousands separators removed first). */
export const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/;

/** The extra fields the engine reads for an entity's records, company part first. */
export function encodedExtras(vocab: FeatureVocabulary, entity: Entity): ExtraFieldSpec[] {
  const part = (which: 'company' | 'lead', numeric: FeatureVocabulary['leadNumeric'], categorical: string[]): ExtraFieldSpec[] => {
    const numericKeys = new Set(numeric.map((f) => f.key));
    return [
      ...numeric.filter((f) => !f.key.startsWith('@')).map((f) => ({ key: f.key, part: which, cuts: f.cuts, sentinels: f.sentinels ?? [] })), // '@revenue' is a column
      ...categorical.filter((k) => !numericKeys.has(k)).map((key) => ({ key, part: which, cuts: null })),
    ];
  };
  return [
    ...part('company', vocab.companyNumeric, vocab.companyCategorical),
    ...(entity === 'leads' ? part('lead', vocab.leadNumeric, vocab.leadCategorical) : []),
  ];
}
