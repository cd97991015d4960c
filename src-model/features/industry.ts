/**
 * Industry → one of 20 buckets for the company part of the embedding.
 *
 * CRM industry cells come from many vocabularies (LinkedIn V1/HubSpot labels
 * and internal values, Apollo's lower-case V1, LinkedIn V2, the Salesforce
 * picklist, Zoho, Crunchbase 2013 `category_code`, Maven `sector`, Olist
 * `business_segment`) and free text. Lookup order:
 *   1. exact table (`INDUSTRY_EXACT`) on the compact key, so every known label
 *      gets a deliberate bucket;
 *   2. keyword scoring (`INDUSTRY_PHRASES`, `INDUSTRY_KEYWORDS`) for the rest:
 *      each known word votes for a bucket with a weight (specific words such as
 *      `pharmaceutical` outweigh generic ones such as `manufacturing`); the
 *      highest total wins and ties go to the earlier word.
 * Unknown or empty text is -1. The `other` bucket is only for values that say
 * "other" (a real answer, unlike a blank).
 *
 * The buckets themselves are in `industry-buckets.ts`.
 *
 * Hazard: results are cached per distinct input string (`createMemo`); the
 * tables must not change after module load.
 */
import { compactKey, foldedTokens } from './text-fold';
import { createMemo } from './memo';
import { INDUSTRY_BUCKETS, type IndustryKey } from './industry-buckets';
import { INDUSTRY_EXACT, INDUSTRY_KEYWORDS, INDUSTRY_PHRASES, INDUSTRY_PLACEHOLDERS } from './industry-vocabulary';

export { INDUSTRY_BUCKETS, INDUSTRY_BUCKET_LABELS, type IndustryKey } from './industry-buckets';

const BUCKET_INDEX = new Map<IndustryKey, number>(INDUSTRY_BUCKETS.map((key, index) => [key, index]));

/** Index of a bucket key in `INDUSTRY_BUCKETS`. */
export function industryIndex(key: IndustryKey): number {
  return BUCKET_INDEX.get(key)!;
}

/** `and` is dropped so `Hospital & Health Care`, `hospital and health care` and `HOSPITAL_HEALTH_CARE` share a key. */
const KEY_DROP_WORDS: ReadonlySet<string> = new Set(['and', 'the']);

const EXACT_INDEX = new Map<string, number>();
for (const [key, values] of Object.entries(INDUSTRY_EXACT) as [IndustryKey, readonly string[]][]) {
  for (const value of values) {
    const compact = compactKey(value, KEY_DROP_WORDS);
    const existing = EXACT_INDEX.get(compact);
    if (existing !== undefined && existing !== industryIndex(key)) {
      throw new Error(`industry vocabulary: "${value}" is listed under two buckets`);
    }
    EXACT_INDEX.set(compact, industryIndex(key));
  }
}
const PLACEHOLDER_KEYS = new Set(INDUSTRY_PLACEHOLDERS.map((value) => compactKey(value)));

interface Vote {
  readonly bucket: number;
  readonly weight: number;
}
const toVote = ([key, weight]: readonly [IndustryKey, number]): Vote => ({ bucket: industryIndex(key), weight });
const KEYWORD_VOTES = new Map<string, Vote>(
  Object.entries(INDUSTRY_KEYWORDS).map(([word, vote]) => [word, toVote(vote)]),
);
/** Phrases keyed by their space-joined tokens; the longest phrase length bounds the scan. */
const PHRASE_VOTES = new Map<string, Vote>(
  Object.entries(INDUSTRY_PHRASES).map(([phrase, vote]) => [foldedTokens(phrase).join(' '), toVote(vote)]),
);
const LONGEST_PHRASE = Math.max(...[...PHRASE_VOTES.keys()].map((phrase) => phrase.split(' ').length));
const PHRASE_FIRST_WORDS = new Set([...PHRASE_VOTES.keys()].map((phrase) => phrase.split(' ')[0]!));

/** The longest phrase starting at token `i`, as [length, vote]; length 0 when none. */
function longestPhraseAt(tokens: readonly string[], i: number): [number, Vote | undefined] {
  if (!PHRASE_FIRST_WORDS.has(tokens[i]!)) return [0, undefined];
  let key = tokens[i]!;
  let found: [number, Vote | undefined] = [0, undefined];
  const last = Math.min(tokens.length, i + LONGEST_PHRASE);
  for (let end = i + 1; end < last; end++) {
    key += ' ' + tokens[end]!;
    const vote = PHRASE_VOTES.get(key);
    if (vote !== undefined) found = [end - i + 1, vote];
  }
  return found;
}

function keywordVote(token: string): Vote | undefined {
  const vote = KEYWORD_VOTES.get(token);
  if (vote !== undefined || token.length < 4 || !token.endsWith('s')) return vote;
  return KEYWORD_VOTES.get(token.slice(0, -1));
}

function recordVote(totals: Float64Array, firstSeen: Int32Array, vote: Vote, at: number): void {
  totals[vote.bucket]! += vote.weight;
  if (firstSeen[vote.bucket] === -1) firstSeen[vote.bucket] = at;
}

/** Scratch tallies for `scoreKeywords`, reused across calls (it is synchronous and not re-entrant). */
const bucketTotals = new Float64Array(INDUSTRY_BUCKETS.length);
const bucketFirstSeen = new Int32Array(INDUSTRY_BUCKETS.length);

function scoreKeywords(text: string): number {
  const tokens = foldedTokens(text);
  const totals = bucketTotals.fill(0);
  const firstSeen = bucketFirstSeen.fill(-1);
    for (let i = 0; i < tokens.length; i++) {
    const [consumed, phraseVote] = longestPhraseAt(tokens, i);
    if (phraseVote !== undefined) {
      recordVote(totals, firstSeen, phraseVote, i);
      i += consumed - 1;
      continue;
    }
    const vote = keywordVote(tokens[i]!);
    if (vote !== undefined) recordVote(totals, firstSeen, vote, i);
  }
  let best = -1;
  for (let bucket = 0; bucket < totals.length; bucket++) {
    if (totals[bucket]! <= 0) continue;
    if (
      best === -1 ||
      totals[bucket]! > totals[best]! ||
      (totals[bucket] === totals[best] && firstSeen[bucket]! < firstSeen[best]!)
    ) {
      best = bucket;
    }
  }
  return best;
}

function classifyIndustry(text: string): number {
  const exact = EXACT_INDEX.get(compactKey(text, KEY_DROP_WORDS));
  if (exact !== undefined) return exact;
  if (PLACEHOLDER_KEYS.has(compactKey(text))) return -1;
  return scoreKeywords(text);
}

const cachedIndustry = createMemo(20_000, classifyIndustry);

/** Bucket index into `INDUSTRY_BUCKETS`, or -1 when the text is empty or not recognised. */
export function industryBucket(text: string): number {
  if (text.length === 0) return -1;
  return cachedIndustry(text);
}
