/**
 * Lead scores. Numbers are kept on the source's own scale (`85`, `0.73`):
 * rescaling per value would turn a 0–1 column into a mix of 1 and 73.
 * `85%` drops the percent sign.
 *
 * Word ratings become points on a 0–100 scale so they sort with numeric
 * scores: Salesforce Rating `Hot`/`Warm`/`Cold` → 90/60/30, and the same for
 * `High`/`Medium`/`Low`. X Education's ordinal labels (`01.High`,
 * `02.Medium`, `03.Low`) use their word; an ordinal with an unknown word
 * falls back to its number.
 */
import { presentValue } from './missing';

/** Word rating → score on a 0–100 scale. */
export const RATING_SCORES: ReadonlyMap<string, number> = new Map([
  ['hot', 90],
  ['warm', 60],
  ['cold', 30],
  ['high', 90],
  ['medium', 60],
  ['low', 30],
]);

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const PERCENT = /^(-?\d+(?:[.,]\d+)?)\s*%$/;
const ORDINAL = /^(\d+)\s*[.):-]\s*([a-z][a-z ]*)$/i;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

export function parseScore(raw: string | null | undefined): number | null {
  const text = presentValue(raw);
  if (text === null) return null;
  if (NUMBER.test(text)) return toNumber(text);
  const percent = PERCENT.exec(text);
  if (percent) return toNumber(percent[1] ?? '');
  const lower = text.toLowerCase();
  const rating = RATING_SCORES.get(lower);
  if (rating !== undefined) return rating;
  const ordinal = ORDINAL.exec(lower);
  if (ordinal) {
    const word = (ordinal[2] ?? '').trim();
    return RATING_SCORES.get(word) ?? Number(ordinal[1]);
  }
  return null;
}
