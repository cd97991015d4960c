/**
 * Country text → ISO 3166 alpha-2 code and sales region, for the geography
 * part of the company embedding.
 *
 * Names come from the installed libraries, not hand lists: `world-countries`
 * (ISO alpha-2/alpha-3, common and official English names, alternative
 * spellings such as `USA`, `UK`, `Holland`, native names such as
 * `Deutschland`, `Brasil`, `España`, and translations) and
 * `i18n-iso-countries` (English aliases such as `United States of America`,
 * `Great Britain`, `Turkey`, and the EN/DE/ES/FR/IT/PT/NL names). Matching is
 * case-, accent- and punctuation-insensitive (`U.S.A.` = `usa`). When two
 * countries claim a name, English names and codes win over aliases, which win
 * over translations.
 *
 * Free-text locations ("Berlin, Germany", "Austin, TX", "San Francisco Bay
 * Area") are read cheaply: the comma-separated parts from last to first, then
 * US state and Canadian province names, a short list of major business metros
 * (`geo-places.ts`), and the text with `Greater … Area` stripped. A trailing
 * two-letter part after a comma is read as a US state code when it is one
 * ("Portland, OR"), so "Munich, DE" reads as Delaware: write the country name
 * when it matters. A whole cell of two letters is always an ISO code ("CA" is
 * Canada).
 *
 * `NA`/`N/A` is read as "not available", not Namibia (write `Namibia` or
 * `NAM`); `unknown`, `Select`, `Remote` and similar placeholders are null.
 *
 * Typos: a single-part value of 5+ letters that matches nothing is compared
 * with every country name; one unique name within one edit (insertion,
 * deletion, substitution or transposition) is accepted, so Maven's
 * `Philipines` is the Philippines; ties and farther strings stay unknown.
 *
 * Hazard: results are cached per distinct input (`createMemo`) and the
 * returned objects are shared and frozen.
 */
import worldCountries from 'world-countries';
import i18nIsoCountries from 'i18n-iso-countries';
import { compactKey } from './text-fold';
import { createMemo } from './memo';
import {
  CANADIAN_PROVINCES,
  COUNTRY_ALIASES,
  LOCATION_FILLER_WORDS,
  LOCATION_PLACEHOLDERS,
  METRO_AREAS,
  US_STATES,
} from './geo-places';

export const REGIONS = [
  'north_america',
  'latin_america',
  'western_europe',
  'northern_europe',
  'southern_europe',
  'eastern_europe_central_asia',
  'middle_east_africa',
  'south_asia',
  'east_asia',
  'southeast_asia_oceania',
] as const;
export type Region = (typeof REGIONS)[number];

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case (`DE`). */
  readonly iso2: string;
  /** Index into `REGIONS`. */
  readonly region: number;
}

/**
 * Sales regions from the UN subregions in `world-countries`, adjusted where
 * B2B territories differ: Mexico sells with Latin America, Austria with DACH
 * (Western Europe), the Baltics with Central and Eastern Europe, Iran with the
 * Middle East; Central Asia joins Eastern Europe (the CIS territory). The
 * Antarctic territories fall in Oceania so that no country is left without a
 * region.
 */
const REGION_OVERRIDES: Readonly<Record<string, Region>> = {
  MX: 'latin_america',
  AT: 'western_europe',
  EE: 'eastern_europe_central_asia',
  LV: 'eastern_europe_central_asia',
  LT: 'eastern_europe_central_asia',
  IR: 'middle_east_africa',
};
const SUBREGION_REGIONS: Readonly<Record<string, Region>> = {
  'North America': 'north_america',
  Caribbean: 'latin_america',
  'Central America': 'latin_america',
  'South America': 'latin_america',
  'Western Europe': 'western_europe',
  'Northern Europe': 'northern_europe',
  'Southern Europe': 'southern_europe',
  'Southeast Europe': 'eastern_europe_central_asia',
  'Central Europe': 'eastern_europe_central_asia',
  'Eastern Europe': 'eastern_europe_central_asia',
  'Central Asia': 'eastern_europe_central_asia',
  'Western Asia': 'middle_east_africa',
  'Southern Asia': 'south_asia',
  'Eastern Asia': 'east_asia',
  'South-Eastern Asia': 'southeast_asia_oceania',
};
const REGION_INDEX = new Map<Region, number>(REGIONS.map((region, index) => [region, index]));

function regionOf(country: { cca2: string; region: string; subregion: string }): Region {
  const override = REGION_OVERRIDES[country.cca2];
  if (override !== undefined) return override;
  const bySubregion = SUBREGION_REGIONS[country.subregion];
  if (bySubregion !== undefined) return bySubregion;
  if (country.region === 'Africa') return 'middle_east_africa';
  return 'southeast_asia_oceania'; // Oceania subregions and the Antarctic territories
}

const INFO_BY_ISO2 = new Map<string, CountryInfo>();
for (const country of worldCountries) {
  INFO_BY_ISO2.set(country.cca2, Object.freeze({ iso2: country.cca2, region: REGION_INDEX.get(regionOf(country))! }));
}

/** Every country `world-countries` knows, by ISO alpha-2 code. */
export function countryInfoByIso2(iso2: string): CountryInfo | null {
  return INFO_BY_ISO2.get(iso2.toUpperCase()) ?? null;
}

/** Compact key → country, filled in priority order (first writer wins). */
const COUNTRY_KEYS = new Map<string, CountryInfo>();
/** Keys that are names (not codes), by length, for typo matching. */
const COUNTRY_NAME_KEYS_BY_LENGTH = new Map<number, string[]>();

function addCountryKey(name: string, iso2: string, isName: boolean): void {
  const key = compactKey(name);
  const info = INFO_BY_ISO2.get(iso2);
  if (key.length === 0 || info === undefined || COUNTRY_KEYS.has(key)) return;
  COUNTRY_KEYS.set(key, info);
  if (!isName || key.length < 4) return;
  const sameLength = COUNTRY_NAME_KEYS_BY_LENGTH.get(key.length);
  if (sameLength === undefined) COUNTRY_NAME_KEYS_BY_LENGTH.set(key.length, [key]);
  else sameLength.push(key);
}

const NAME_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl'] as const;
const i18nNames = (language: string): Record<string, string[]> =>
  i18nIsoCountries.getNames(language, { select: 'all' }) as Record<string, string[]>;
const isLatinScript = (name: string): boolean => /^[\p{Script=Latin}\p{M}\s'’.,()\-&]+$/u.test(name);

// 1. ISO codes and English names.
for (const country of worldCountries) {
  addCountryKey(country.cca2, country.cca2, false);
  addCountryKey(country.cca3, country.cca2, false);
  addCountryKey(country.name.common, country.cca2, true);
  addCountryKey(country.name.official, country.cca2, true);
}
// 2. English aliases.
for (const country of worldCountries) {
  for (const spelling of country.altSpellings) {
    if (isLatinScript(spelling)) addCountryKey(spelling, country.cca2, spelling.length > 3);
  }
}
for (const [iso2, names] of Object.entries(i18nNames('en'))) {
  for (const name of names) addCountryKey(name, iso2, name.length > 3);
}
for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) addCountryKey(alias, iso2, true);
// 3. Native names and translations.
for (const country of worldCountries) {
  for (const native of Object.values(country.name.native)) {
    for (const name of [native.common, native.official]) {
      if (isLatinScript(name)) addCountryKey(name, country.cca2, true);
    }
  }
}
for (const language of NAME_LANGUAGES.slice(1)) {
  for (const [iso2, names] of Object.entries(i18nNames(language))) {
    for (const name of names) addCountryKey(name, iso2, true);
  }
}
for (const country of worldCountries) {
  for (const translation of Object.values(country.translations)) {
    for (const name of [translation.common, translation.official]) {
      if (isLatinScript(name)) addCountryKey(name, country.cca2, true);
    }
  }
}
// 4. Olympic codes (`GER`, `NED`, `SUI`), the last resort.
for (const country of worldCountries) {
  if (country.cioc) addCountryKey(country.cioc, country.cca2, false);
}

const US = INFO_BY_ISO2.get('US')!;
const CANADA = INFO_BY_ISO2.get('CA')!;
const US_STATE_CODES = new Set(Object.keys(US_STATES).map((code) => code.toLowerCase()));
const SUBDIVISION_KEYS = new Map<string, CountryInfo>();
for (const name of Object.values(US_STATES)) SUBDIVISION_KEYS.set(compactKey(name), US);
for (const name of CANADIAN_PROVINCES) SUBDIVISION_KEYS.set(compactKey(name), CANADA);
const METRO_KEYS = new Map<string, CountryInfo>();
for (const [iso2, metros] of Object.entries(METRO_AREAS)) {
  for (const metro of metros) METRO_KEYS.set(compactKey(metro), INFO_BY_ISO2.get(iso2)!);
}
const PLACEHOLDER_KEYS = new Set(LOCATION_PLACEHOLDERS.map((value) => compactKey(value)));
const FILLER_WORDS: ReadonlySet<string> = new Set(LOCATION_FILLER_WORDS);
const PART_SEPARATORS = /[,;|/]/;

function placeInfo(part: string): CountryInfo | undefined {
  const key = compactKey(part);
  if (key.length === 0) return undefined;
  return (
    COUNTRY_KEYS.get(key) ??
    SUBDIVISION_KEYS.get(key) ??
    METRO_KEYS.get(key) ??
    METRO_KEYS.get(compactKey(part, FILLER_WORDS)) ??
    SUBDIVISION_KEYS.get(compactKey(part, FILLER_WORDS))
  );
}

/** True when `a.slice(fromA) === b.slice(fromB)`, without allocating. */
function sameTail(a: string, fromA: number, b: string, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let k = 0; fromA + k < a.length; k++) if (a.charCodeAt(fromA + k) !== b.charCodeAt(fromB + k)) return false;
  return true;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent transposition). */
function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (sameTail(a, i + 1, b, i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2); // transposition
  }
  return a.length > b.length ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1); // deletion or insertion
}

function fuzzyCountry(text: string): CountryInfo | undefined {
  const key = compactKey(text);
  if (key.length < 5 || key.length > 40 || !/^[a-z]+$/.test(key)) return undefined;
  let match: CountryInfo | undefined;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    for (const name of COUNTRY_NAME_KEYS_BY_LENGTH.get(length) ?? []) {
      if (!withinOneEdit(key, name)) continue;
      const info = COUNTRY_KEYS.get(name)!;
      if (match !== undefined && match !== info) return undefined; // ambiguous
      match = info;
    }
  }
  return match;
}

function classifyLocation(text: string): CountryInfo | null {
  const wholeKey = compactKey(text);
  if (wholeKey.length === 0 || PLACEHOLDER_KEYS.has(wholeKey)) return null;
  const whole = COUNTRY_KEYS.get(wholeKey);
  if (whole !== undefined) return whole;
  const parts = text.split(PART_SEPARATORS).map((part) => part.trim()).filter((part) => part.length > 0);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (i > 0 && US_STATE_CODES.has(compactKey(part))) return US;
    const info = placeInfo(part);
    if (info !== undefined) return info;
  }
  return parts.length === 1 ? (fuzzyCountry(text) ?? null) : null;
}

const cachedLocation = createMemo(20_000, classifyLocation);

/**
 * Country and region of a country cell or a free-text location: names in the
 * main European languages, ISO alpha-2/alpha-3 codes, common variants (`USA`,
 * `UK`, `Holland`), US states, "City, Country" and major metros. Null when
 * empty or unknown.
 */
export function countryInfo(text: string): CountryInfo | null {
  if (text.length === 0) return null;
  return cachedLocation(text);
}
