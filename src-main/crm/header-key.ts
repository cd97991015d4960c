/**
 * Header comparison key: accents folded, lower-case, letters and digits only.
 * `Country/Region`, `country_region` and `COUNTRY REGION` all become
 * `countryregion`, so the vocabulary is written once per spelling family.
 */
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/** Letters that Unicode decomposition leaves alone but a reader spells with ASCII letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ı: 'i',
};
const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

/** Removes diacritics (`Société` → `Societe`, `Straße` → `Strasse`); ASCII input is returned untouched. */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter);
}

export function headerKey(header: string): string {
  return foldAccents(header).toLowerCase().replace(NOT_ALPHANUMERIC, '');
}
