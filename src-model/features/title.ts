/**
 * Job title → seniority level, role family and keywords for the lead part of
 * the embedding.
 *
 * Seniority (`SENIORITY_LEVELS`): the most senior level any word of the title
 * names, with these rules, in order:
 * - trainee words (`Intern`, `Praktikant`, `Estagiário`) make the title IC;
 * - support roles are IC: a support noun (`Assistant`, `Secretary`,
 *   `Asistente`) that ends the title ("CEO Assistant"), is followed by a
 *   preposition ("Assistant to the CEO", "Asistente de Gerencia") or opens it
 *   without a seniority word next ("Asistente Comercial"); "Assistant Manager"
 *   stays a manager;
 * - words after `to` describe someone else and are ignored;
 * - `assistant`/`deputy` next to a seniority word adjust it ("Assistant
 *   Director" → Manager, "Deputy CEO" → VP, "Directeur adjoint" → Director);
 * - a non-empty title with no seniority word is IC (most titles are: "Data
 *   Scientist", "Account Executive").
 * Decisions worth knowing: `Head of …` is Director; `Lead …`/`Team Lead` is
 * Manager; `Principal …` is a senior IC (as the head noun, "School Principal", Director);
 * `Owner`/`Partner` are C-level only as head nouns ("Product Owner",
 * "Talent Acquisition Partner" are IC); `Managing Director`, `Geschäftsführer`,
 * `Directeur Général`, `Amministratore Delegato` are C-level; `Executive
 * Director` and `General Manager` are Director; `Jefe`/`Gerente`/`Responsable`
 * are Manager; `X Manager` is Manager even when it is an IC role in practice
 * ("Account Manager"), matching how Apollo and LinkedIn label seniority.
 *
 * Role family (`ROLE_FAMILIES`): words and phrases vote with weights; the
 * family with the highest total wins, ties go to the earlier word (so the
 * domain modifier beats the generic head noun: "Sales Engineer" is sales,
 * "Data Engineer" data & IT). C-level acronyms carry their function (`CTO` →
 * engineering, `CFO` → finance & legal); `CEO`, `Founder`, `Owner`, `President`
 * name no function and give -1, so "CTO & Co-founder" is engineering and
 * "Founder & CEO" is -1.
 *
 * Keywords: folded tokens after abbreviation expansion (`Sr.` → `senior`), with
 * stop words, numbers and roman numerals removed, de-duplicated, in title order;
 * the text after `@` or ` at ` (usually the company) is dropped.
 *
 * Hazard: results are cached per distinct title and shared between callers;
 * they are frozen, do not mutate them.
 */
import { foldedTokens, compactKey } from './text-fold';
import { createMemo } from './memo';
import {
  COMPOUND_PREFIXES,
  COMPOUND_SUFFIXES,
  FAMILY_PHRASES,
  FAMILY_WORDS,
  LEVEL_MODIFIERS_AFTER,
  LEVEL_MODIFIERS_BEFORE,
  OBJECT_PREPOSITIONS,
  SENIORITY_PHRASES,
  SENIORITY_WORDS,
  SUPPORT_NOUNS,
  TEAM_LEVEL_PREFIXES,
  TITLE_ABBREVIATIONS,
  TITLE_PLACEHOLDERS,
  TITLE_STOP_WORDS,
  TRAINEE_WORDS,
  type Level,
} from './title-vocabulary';
import { ROLE_FAMILIES, type RoleFamily } from './title-categories';

export { ROLE_FAMILIES, SENIORITY_LEVELS, type RoleFamily } from './title-categories';

export interface ParsedTitle {
  /** 0 C-level, 1 VP, 2 Director, 3 Manager, 4 IC; -1 unknown or empty. */
  readonly seniority: number;
  /** Index into `ROLE_FAMILIES`, or -1 when no family is recognised. */
  readonly roleFamily: number;
  /** Normalised tokens for hashing, stop words removed. */
  readonly keywords: readonly string[];
}

const UNKNOWN_TITLE: ParsedTitle = Object.freeze({ seniority: -1, roleFamily: -1, keywords: Object.freeze([]) });
const IC: Level = 4;

const FAMILY_INDEX = new Map<RoleFamily, number>(ROLE_FAMILIES.map((family, index) => [family, index]));
interface Vote {
  readonly family: number;
  readonly weight: number;
}
const toVote = ([family, weight]: readonly [RoleFamily, number]): Vote => ({
  family: FAMILY_INDEX.get(family)!,
  weight,
});
const FAMILY_WORD_VOTES = new Map(Object.entries(FAMILY_WORDS).map(([word, vote]) => [word, toVote(vote)]));
const FAMILY_PHRASE_VOTES = new Map(Object.entries(FAMILY_PHRASES).map(([phrase, vote]) => [phrase, toVote(vote)]));
const SENIORITY_WORD_LEVELS = new Map(Object.entries(SENIORITY_WORDS));
const SENIORITY_PHRASE_LEVELS = new Map(Object.entries(SENIORITY_PHRASES));
const LONGEST_PHRASE = Math.max(
  ...[...FAMILY_PHRASE_VOTES.keys(), ...SENIORITY_PHRASE_LEVELS.keys()].map((phrase) => phrase.split(' ').length),
);
/** First words of all phrases: most tokens start none, and skip the phrase lookups entirely. */
const PHRASE_FIRST_WORDS = new Set(
  [...FAMILY_PHRASE_VOTES.keys(), ...SENIORITY_PHRASE_LEVELS.keys()].map((phrase) => phrase.split(' ')[0]!),
);

/** The longest phrase of `table` starting at token `i`, as [length, value]; length 0 when none. */
function longestPhraseAt<V>(tokens: readonly string[], i: number, table: ReadonlyMap<string, V>): [number, V | undefined] {
  if (!PHRASE_FIRST_WORDS.has(tokens[i]!)) return [0, undefined];
  let key = tokens[i]!;
  let found: [number, V | undefined] = [0, undefined];
  const last = Math.min(tokens.length, i + LONGEST_PHRASE);
  for (let end = i + 1; end < last; end++) {
    key += ' ' + tokens[end]!;
    if (table.has(key)) found = [end - i + 1, table.get(key)];
  }
  return found;
}
const ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS));
const FOUNDER_WORDS = new Set(['founder', 'fundador', 'fundadora', 'fondateur', 'fondatrice', 'grunder', 'fondatore']);
/** Words before `owner` that make it the owner of a business ("Business Owner", "Co-Owner"). */
const OWNER_QUALIFIERS = new Set(['business', 'co', 'sole', 'company', 'franchise', 'shop', 'store', 'agency', 'firm']);
/** Words before `partner` that make it a firm partner ("Managing Partner"), not a partner-facing role. */
const PARTNER_QUALIFIERS = new Set(['managing', 'senior', 'general', 'founding', 'equity', 'name', 'co', 'junior']);
const ROMAN_NUMERALS = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);
const DIGITS = /^[0-9]+$/;
const HAS_LETTER = /[a-z]/;

/** Folded tokens with abbreviations expanded and the trailing company (`@ Acme`, `at Acme`) removed. */
function titleTokens(title: string): string[] {
  const atSign = title.indexOf('@');
  const folded = foldedTokens(atSign >= 0 ? title.slice(0, atSign) : title);
  const tokens: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const token = folded[i]!;
    if (token === 'at' && i > 0) break;
    if (token === 'co' && FOUNDER_WORDS.has(folded[i + 1] ?? '')) {
      tokens.push('cofounder');
      i++;
      continue;
    }
    const expansion = ABBREVIATIONS.get(token);
    if (expansion === undefined) tokens.push(token);
    else tokens.push(...expansion);
  }
  return tokens;
}

function singular(token: string): string | undefined {
  return token.length >= 4 && token.endsWith('s') ? token.slice(0, -1) : undefined;
}

/** Last two letters of every compound suffix: a cheap filter before the suffix scan. */
const COMPOUND_ENDINGS = new Set(COMPOUND_SUFFIXES.map(([suffix]) => suffix.slice(-2)));

/** Level of a German compound such as `vertriebsleiter` (suffix `leiter`), if any. */
function compoundLevel(token: string): { level: Level; family: number } | undefined {
  if (token.length < 8 || !COMPOUND_ENDINGS.has(token.slice(-2))) return undefined;
  for (const [suffix, level, family] of COMPOUND_SUFFIXES) {
    if (token.length > suffix.length && token.endsWith(suffix)) {
      const prefix = token.slice(0, token.length - suffix.length);
      const teamLevel = level === 2 && TEAM_LEVEL_PREFIXES.some((team) => prefix.startsWith(team));
      return { level: teamLevel ? 3 : level, family: family === null ? -1 : FAMILY_INDEX.get(family)! };
    }
  }
  return undefined;
}

/** Compound prefixes grouped by their first four letters, so most tokens are rejected by one lookup. */
const COMPOUND_PREFIXES_BY_START = new Map<string, Array<readonly [string, number]>>();
for (const [prefix, family] of COMPOUND_PREFIXES) {
  const start = prefix.slice(0, 4);
  const group = COMPOUND_PREFIXES_BY_START.get(start) ?? [];
  group.push([prefix, FAMILY_INDEX.get(family)!]);
  COMPOUND_PREFIXES_BY_START.set(start, group);
}

function compoundFamily(token: string): number {
  if (token.length < 8) return -1;
  for (const [prefix, family] of COMPOUND_PREFIXES_BY_START.get(token.slice(0, 4)) ?? []) {
    if (token.length > prefix.length && token.startsWith(prefix)) return family;
  }
  return compoundLevel(token)?.family ?? -1;
}

/** Seniority named by the single word at `i`, using its neighbours where the word needs context. */
function wordLevel(tokens: readonly string[], i: number): Level | undefined {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  switch (token) {
    case 'chief':
      return tokens.indexOf('officer', i + 1) > i || tokens[i + 1] === 'executive' ? 0 : 2;
    case 'owner':
    case 'owners':
      return previous === undefined || OWNER_QUALIFIERS.has(previous) ? 0 : undefined;
    case 'partner':
    case 'partners': {
      if (previous === undefined || PARTNER_QUALIFIERS.has(previous)) return 0;
      const previousLevel = SENIORITY_WORD_LEVELS.get(previous);
      return previousLevel !== undefined && previousLevel <= 2 ? 0 : undefined;
    }
    case 'principal':
      // Head noun ("School Principal", "Principal") vs modifier ("Principal Engineer").
      return i === tokens.length - 1 ? 2 : IC;
    case 'leads':
      return undefined;
    case 'associe':
    case 'associee':
      return i === 0 ? 0 : undefined;
  }
  const level = SENIORITY_WORD_LEVELS.get(token);
  if (level !== undefined) return level;
  const single = singular(token);
  const singularLevel = single === undefined ? undefined : SENIORITY_WORD_LEVELS.get(single);
  if (singularLevel !== undefined) return singularLevel;
  return compoundLevel(token)?.level;
}

/** Length of the seniority phrase starting at `i`, or 0. */
function seniorityPhraseAt(tokens: readonly string[], i: number): number {
  return longestPhraseAt(tokens, i, SENIORITY_PHRASE_LEVELS)[0];
}

/** True when a word from `from` on, before any preposition, names a level above IC ("Assistant Sales Manager"). */
function namesSeniorityLater(tokens: readonly string[], from: number): boolean {
  for (let i = from; i < tokens.length && !OBJECT_PREPOSITIONS.has(tokens[i]!); i++) {
    if (seniorityPhraseAt(tokens, i) > 0) return true;
    const level = wordLevel(tokens, i);
    if (level !== undefined && level < IC) return true;
  }
  return false;
}

function adjustForModifiers(level: Level, before: string | undefined, after: string | undefined): Level {
  const modifier = (before === undefined ? undefined : LEVEL_MODIFIERS_BEFORE[before]) ??
    (after === undefined ? undefined : LEVEL_MODIFIERS_AFTER[after]);
  if (modifier === undefined || level === IC) return level;
  if (modifier === 'assistant') return Math.min(level + 1, 3) as Level;
  return level === 0 ? 1 : level;
}

/** True when a support noun makes the title a support role ("Assistant to the CEO"). */
function isSupportRole(tokens: readonly string[]): boolean {
  const last = tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    if (!SUPPORT_NOUNS.has(tokens[k]!)) continue;
    if (k === last) return true;
    if (OBJECT_PREPOSITIONS.has(tokens[k + 1]!)) return true;
    if (k === 0 && !namesSeniorityLater(tokens, 1)) return true;
  }
  return false;
}

function titleSeniority(tokens: readonly string[]): number {
  for (const token of tokens) if (TRAINEE_WORDS.has(token)) return IC;
  if (isSupportRole(tokens)) return IC;
  let best: number = IC;
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i] === 'to') break;
    const [phraseLength, phraseLevel] = longestPhraseAt(tokens, i, SENIORITY_PHRASE_LEVELS);
    let level: Level | null | undefined;
    let end = i;
    if (phraseLength > 0) {
      level = phraseLevel;
      end = i + phraseLength - 1;
    } else {
      level = wordLevel(tokens, i);
    }
    if (level !== undefined && level !== null) {
      best = Math.min(best, adjustForModifiers(level, tokens[i - 1], tokens[end + 1]));
    }
    i = end + 1;
  }
  return best;
}

function recordVote(totals: Float64Array, firstSeen: Int32Array, family: number, weight: number, at: number): void {
  totals[family]! += weight;
  if (firstSeen[family] === -1) firstSeen[family] = at;
}

/** Scratch tallies for `titleFamily`, reused across calls (it is synchronous and not re-entrant). */
const familyTotals = new Float64Array(ROLE_FAMILIES.length);
const familyFirstSeen = new Int32Array(ROLE_FAMILIES.length);

function titleFamily(tokens: readonly string[]): number {
  const totals = familyTotals.fill(0);
  const firstSeen = familyFirstSeen.fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const [consumed, phraseVote] = longestPhraseAt(tokens, i, FAMILY_PHRASE_VOTES);
    if (phraseVote !== undefined) {
      recordVote(totals, firstSeen, phraseVote.family, phraseVote.weight, i);
      i += consumed - 1;
      continue;
    }
    const token = tokens[i]!;
    const single = singular(token);
    const vote = FAMILY_WORD_VOTES.get(token) ?? (single === undefined ? undefined : FAMILY_WORD_VOTES.get(single));
    if (vote !== undefined) {
      recordVote(totals, firstSeen, vote.family, vote.weight, i);
      continue;
    }
    const compound = compoundFamily(token);
    if (compound !== -1) recordVote(totals, firstSeen, compound, 2, i);
  }
  let best = -1;
  for (let family = 0; family < totals.length; family++) {
    if (totals[family]! <= 0) continue;
    if (
      best === -1 ||
      totals[family]! > totals[best]! ||
      (totals[family] === totals[best] && firstSeen[family]! < firstSeen[best]!)
    ) {
      best = family;
    }
  }
  return best;
}

function titleKeywords(tokens: readonly string[]): readonly string[] {
  const keywords: string[] = [];
  for (const token of tokens) {
    if (token.length < 2 || TITLE_STOP_WORDS.has(token) || DIGITS.test(token) || ROMAN_NUMERALS.has(token)) continue;
    if (!keywords.includes(token)) keywords.push(token);
  }
  return Object.freeze(keywords);
}

function classifyTitle(title: string): ParsedTitle {
  const tokens = titleTokens(title);
  if (tokens.length === 0 || (tokens.length <= 2 && TITLE_PLACEHOLDERS.has(tokens.join(' ')))) return UNKNOWN_TITLE;
  let hasLetter = false;
  for (let i = 0; i < tokens.length && !hasLetter; i++) hasLetter = HAS_LETTER.test(tokens[i]!);
  if (!hasLetter) return UNKNOWN_TITLE;
  return Object.freeze({
    seniority: titleSeniority(tokens),
    roleFamily: titleFamily(tokens),
    keywords: titleKeywords(tokens),
  });
}

const cachedTitle = createMemo(50_000, classifyTitle);

/** Seniority, role family and keywords of a free-text job title (any of EN/ES/PT/DE/FR/IT). */
export function parseTitle(title: string): ParsedTitle {
  if (title.length === 0) return UNKNOWN_TITLE;
  return cachedTitle(title);
}

/**
 * Explicit seniority values: Apollo's filter values and CSV display forms
 * (`c_suite`/`C suite`, `vp`, `head`, `director`, `manager`, `senior`, `entry`,
 * `owner`, `founder`, `partner`, `intern`), LinkedIn's seniority and
 * job-level names (`CXO`, `Mid-Senior level`, `Entry level`, `Unpaid`) and
 * ZoomInfo-style management levels (`C-Level`, `VP-Level`, `Non-Manager`).
 * Apollo's `senior` means a senior individual contributor, so it is IC.
 * Anything else is read as a title (`parseTitle(value).seniority`).
 */
const EXPLICIT_SENIORITY = new Map<string, number>();
const EXPLICIT_VALUES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['c_suite', 'c suite', 'c-suite', 'c-level', 'c level', 'cxo', 'executive', 'executives', 'exec', 'owner',
    'founder', 'co-founder', 'partner', 'chief', 'board', 'board member', 'president']],
  [1, ['vp', 'vp-level', 'vp level', 'vice president', 'svp', 'evp']],
  [2, ['head', 'director', 'director-level', 'director level', 'senior director']],
  [3, ['manager', 'manager-level', 'manager level', 'management', 'team lead', 'lead', 'supervisor', 'senior manager']],
  [4, ['senior', 'entry', 'entry level', 'entry-level', 'intern', 'internship', 'associate', 'mid-senior level',
    'mid-senior', 'mid level', 'mid-level', 'mid', 'junior', 'individual contributor', 'ic', 'staff', 'employee',
    'non-manager', 'non manager', 'training', 'unpaid', 'student', 'professional', 'specialist', 'experienced',
    'mid-senior level (individual contributor)']],
];
for (const [level, values] of EXPLICIT_VALUES) {
  for (const value of values) EXPLICIT_SENIORITY.set(compactKey(value), level);
}

const cachedSeniority = createMemo(5_000, (value: string): number => {
  const explicit = EXPLICIT_SENIORITY.get(compactKey(value));
  return explicit ?? parseTitle(value).seniority;
});

/** Seniority level (0 C-level … 4 IC) of an explicit seniority column value; -1 when unknown or empty. */
export function parseSeniority(value: string): number {
  if (value.length === 0) return -1;
  return cachedSeniority(value);
}
