/**
 * Yes/no cells for the `won` and `replied` fields. Besides the usual
 * spellings, outcome columns are often dates or counts: `Became a Customer
 * Date`, Olist's `won_date` or Pipedrive's `Deal - Won time` are set only when
 * the event happened, and HubSpot's `Marketing emails replied` is a count. So
 * a non-empty date means true and a count means "more than zero".
 */
import { presentValue } from './missing';

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', 'x', 'checked', 'on', 'ja', 'oui', 'si', 'sí', 'sim', '✓', '✔', 'wahr', 'vrai']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', 'unchecked', 'off', 'nein', 'non', 'não', 'nao', 'falsch', 'faux']);

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE_PATTERNS: readonly RegExp[] = [
  /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}.*)?$/, // ISO date or datetime
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}.*)?$/, // 3/15/2024, 15.03.2024 14:30, 15-03-24
  /^\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}(?:\s+\d{1,2}:\d{2}.*)?$/i, // 15 Mar 2024
  /^[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2}.*)?$/i, // Mar 15, 2024
];

export function looksLikeDate(text: string): boolean {
  return DATE_PATTERNS.some((pattern) => pattern.test(text));
}

export function parseFlag(raw: string | null | undefined): boolean | null {
  const text = presentValue(raw);
  if (text === null) return null;
  const lower = text.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  if (NUMBER.test(text)) return Number(text) > 0;
  if (looksLikeDate(text)) return true;
  return null;
}
