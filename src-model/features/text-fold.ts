/**
 * Text folding shared by the feature mappers: lower-case, strip diacritics and
 * split into ASCII word tokens, so that `Geschäftsführer`, `GESCHAFTSFUHRER`
 * and `geschäftsführer` all reach the same table key.
 *
 * Hazard: these functions run regexes and `String.normalize`, which cost about
 * a microsecond per value. Callers run them once per distinct input string
 * (behind a `createMemo` cache), never once per row.
 */

/** Letters that Unicode NFD does not decompose into a base letter plus a mark. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNFOLDED_LETTERS = /[ßøæœłđðþı]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const TOKEN_SEPARATORS = /[^a-z0-9+#]+/;

/** Lower-cases and removes diacritics; `'España'` → `'espana'`, `'Straße'` → `'strasse'`. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNFOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * Folds and splits on anything that is not a letter, digit, `+` or `#` (kept
 * for `C++`, `C#`). Empty tokens are dropped; `'Sr. Software-Engineer'` →
 * `['sr', 'software', 'engineer']`.
 */
export function foldedTokens(text: string): string[] {
  const tokens = foldText(text).split(TOKEN_SEPARATORS);
  return tokens.filter((token) => token.length > 0);
}

/**
 * Folded tokens joined without separators, the key for vocabulary tables, so
 * `E-Learning`, `E_LEARNING` and `elearning` (or `Non-Profit` and `nonprofit`)
 * meet. `dropWords` removes connectives that differ between spellings of the
 * same label (`Hospital & Health Care` vs `HOSPITAL_HEALTH_CARE`).
 */
export function compactKey(text: string, dropWords?: ReadonlySet<string>): string {
  let key = '';
  for (const token of foldedTokens(text)) {
    if (token === '+' || token === '#') continue;
    if (dropWords?.has(token)) continue;
    key += token;
  }
  return key;
}
