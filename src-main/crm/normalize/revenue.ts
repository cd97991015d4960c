/**
 * Revenue amounts: plain numbers (`2924000`, Data Loader), report currency
 * (`$5,000,000.00`), short scales (`5M`, `1.2B`, `250k`), European forms
 * (`€3,5 Mio`, `5.000.000,00 €`, `1,2 Mrd`) and bands (`$1M-$10M` → midpoint,
 * `$1B+` → lower bound). The currency is dropped: a workspace compares
 * revenues within one source.
 *
 * Separators: with both `.` and `,` the last one is the decimal mark; a
 * repeated mark is a thousands separator; a single `,` followed by exactly
 * three digits is a US thousands separator (`1,200`) unless a scale word
 * follows, where `1,500 Mio` could be either reading and is refused (null).
 * A single `.` is always a decimal point.
 */
import { presentValue } from './missing';

const SCALES: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['k', 1e3], ['K', 1e3], ['thousand', 1e3], ['tsd', 1e3], ['tausend', 1e3],
  ['m', 1e6], ['mm', 1e6], ['mn', 1e6], ['mio', 1e6], ['million', 1e6], ['millions', 1e6], ['millionen', 1e6],
  ['millones', 1e6],
  ['b', 1e9], ['bn', 1e9], ['bil', 1e9], ['billion', 1e9], ['billions', 1e9], ['mrd', 1e9], ['md', 1e9],
  ['milliarde', 1e9], ['milliarden', 1e9], ['milliards', 1e9],
  ['t', 1e12], ['tn', 1e12], ['trillion', 1e12],
]);

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const CURRENCY = /US\$|R\$|[$€£¥₹]|\b(?:usd|eur|gbp|chf|inr|brl|jpy|cad|aud)\b/gi;
const AMOUNT = /^([0-9][0-9.,'\s\u00a0\u202f]*?)\s*([a-z]*)\.?$/i;
const BAND_SEPARATOR = /\s*(?:–|—|\bto\b|\bbis\b|(?<=\S)\s*-\s*(?=\S))\s*/i;

function parseDigits(digits: string, hasScale: boolean): number | null {
  const compact = digits.replace(/['\s\u00a0\u202f]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalized = lastDot > lastComma ? compact.replace(/,/g, '') : compact.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const commas = compact.split(',').length - 1;
    if (commas > 1) {
      if (!/^\d{1,3}(?:,\d{3})+$/.test(compact)) return null;
      normalized = compact.replace(/,/g, '');
    } else {
      const decimals = compact.length - lastComma - 1;
      if (decimals === 3) {
        if (hasScale) return null;
        normalized = compact.replace(',', '');
      } else {
        normalized = compact.replace(',', '.');
      }
    }
  } else if (lastDot >= 0 && compact.indexOf('.') !== lastDot) {
    if (!/^\d{1,3}(?:\.\d{3})+$/.test(compact)) return null;
    normalized = compact.replace(/\./g, '');
  } else {
    normalized = compact;
  }
  if (!/^\d+(?:\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

function parseAmount(text: string): number | null {
  let body = text.replace(CURRENCY, '').trim();
  let sign = 1;
  if (body.startsWith('(') && body.endsWith(')')) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-')) {
    sign = -sign;
    body = body.slice(1).trim();
  }
  body = body.replace(/^(?:[<>~≈]=?|ca\.?|approx\.?)\s*/i, '').replace(/\s*\+$/, '');
  if (PLAIN_NUMBER.test(body)) return sign * Number(body);
  const match = AMOUNT.exec(body);
  if (!match) return null;
  const [, digits = '', scaleWord = ''] = match;
  const scale = SCALES.get(scaleWord) ?? SCALES.get(scaleWord.toLowerCase());
  if (scale === undefined) return null;
  const amount = parseDigits(digits.trim(), scaleWord !== '');
  return amount === null ? null : sign * amount * scale;
}

export function parseRevenue(raw: string | null | undefined): number | null {
  const text = presentValue(raw);
  if (text === null) return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const parts = text.split(BAND_SEPARATOR);
  if (parts.length === 2) {
    const low = parseAmount(parts[0] ?? '');
    const high = parseAmount(parts[1] ?? '');
    if (low !== null && high !== null && high >= low) return (low + high) / 2;
  }
  const amount = parseAmount(text);
  return amount !== null && Number.isFinite(amount) ? amount : null;
}
