/**
 * Employee counts as CRMs write them: plain integers (`60`, `1,200`), bands
 * (`51-200`, `201 - 500`, `1,001-5,000`), open bands (`10,001+`, `1000+`),
 * HubSpot contact bands with shared bounds (`5-25`, `25-50`), Apollo filter
 * strings (`"51,200"` is the band 51–200, not 51,200 people) and words
 * (`Self-employed`, `Myself only`).
 *
 * `value` is the point estimate used for features: the midpoint of a band,
 * the lower bound of an open band. `label` is a normalised band label so
 * `1,001-5,000` and `1001-5000` group together.
 */
import { presentValue } from './missing';

export interface EmployeeCount {
  value: number;
  min: number;
  max: number | null;
  label: string;
}

const NUMBER = String.raw`\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?`;
const UNIT_WORDS = /\b(?:employees?|people|persons|staff|mitarbeiter(?:innen)?|employés|empleados)\b/g;
const SINGLE = new RegExp(`^(${NUMBER})$`);
const RANGE = new RegExp(`^(${NUMBER})\\s*(?:-|–|—|to|bis)\\s*(${NUMBER})$`);
const OPEN_SUFFIX = new RegExp(`^(${NUMBER})\\s*(?:\\+|or more|and more|and above|plus)$`);
const OPEN_PREFIX = new RegExp(`^(?:more than|over|at least|>=?)\\s*(${NUMBER})$`);
const BELOW = new RegExp(`^(?:less than|fewer than|under|<)\\s*(${NUMBER})$`);
const COMMA_PAIR = /^(\d+),(\d+)$/;
const APOLLO_OPEN = /^(\d+),$/;

/** Words that mean a one-person company (LinkedIn's `Self-employed` band, survey answers). */
const ONE_PERSON = new Set(['selfemployed', 'myselfonly', 'justme', 'onlyme', 'solo', 'freelancer', 'soleproprietor']);

/**
 * Apollo's employee bands written as `"min,max"`. Only bands whose max has
 * exactly three digits are ambiguous with a thousands separator; those are
 * read as a band only when they are one of these.
 */
const APOLLO_BANDS = new Set([
  '1,10', '11,20', '21,50', '11,50', '51,100', '51,200', '101,200', '201,500', '501,1000', '1001,2000', '2001,5000',
  '1001,5000', '5001,10000',
]);

function toInteger(text: string): number {
  // Employee counts are whole numbers, so `1.200` and `1,200` both use a thousands separator.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  return Math.round(Number(text));
}

function band(min: number, max: number | null): EmployeeCount | null {
  if (!Number.isFinite(min) || min < 0) return null;
  if (max === null) return { value: min, min, max: null, label: `${min}+` };
  if (!Number.isFinite(max) || max < min) return null;
  if (max === min) return { value: min, min, max, label: String(min) };
  return { value: Math.round((min + max) / 2), min, max, label: `${min}-${max}` };
}

const DIGITS_ONLY = /^\d+$/;

export function parseEmployees(raw: string | null | undefined): EmployeeCount | null {
  const present = presentValue(raw);
  if (present === null) return null;
  if (DIGITS_ONLY.test(present)) {
    const count = Number(present);
    return { value: count, min: count, max: count, label: present.length > 1 && present.startsWith('0') ? String(count) : present };
  }
  const text = present.toLowerCase().replace(UNIT_WORDS, '').trim().replace(/\s+/g, ' ');

  if (ONE_PERSON.has(text.replace(/[^a-z]/g, ''))) return { value: 1, min: 1, max: 1, label: '1' };

  const pair = COMMA_PAIR.exec(text);
  if (pair) {
    const [, low = '', high = ''] = pair;
    const isThousands = high.length === 3 && low.length <= 3 && !APOLLO_BANDS.has(text);
    if (!isThousands) return band(Number(low), Number(high));
  }

  let match = SINGLE.exec(text);
  if (match) return band(toInteger(match[1] ?? ''), toInteger(match[1] ?? ''));
  match = RANGE.exec(text);
  if (match) return band(toInteger(match[1] ?? ''), toInteger(match[2] ?? ''));
  match = OPEN_SUFFIX.exec(text) ?? OPEN_PREFIX.exec(text) ?? APOLLO_OPEN.exec(text);
  if (match) return band(toInteger(match[1] ?? ''), null);
  match = BELOW.exec(text);
  if (match) {
    const limit = toInteger(match[1] ?? '');
    return limit > 1 ? band(1, limit - 1) : null;
  }
  return null;
}
