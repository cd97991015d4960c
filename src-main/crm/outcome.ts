/**
 * Outcome of a lead from the words CRMs use for stages and statuses.
 * Defaults follow ../shared/reference/crm-exports.md: HubSpot lifecycle
 * `customer` and deal stage `closedwon`, Salesforce `Closed Won` and
 * `Closed - Converted` (a conversion is the usual proxy for a win), Pipedrive
 * `Won`/`Gewonnen`; HubSpot lead status `CONNECTED`/`OPEN_DEAL` and Zoho
 * `Contacted` imply a reply; Salesforce `Working - Contacted` only means a rep
 * worked the lead, so it is `sent`. Anything unknown is `open`: rows without
 * an outcome are unlabelled, not negatives.
 */
import { detachString } from '../lib/detach-string';
import { OUTCOMES, type Outcome } from '../contract/dto';
import { MappingError } from './errors';
import { headerKey } from './header-key';

export { OUTCOMES, type Outcome };

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

const OUTCOME_VOCABULARY: Readonly<Record<Outcome, readonly string[]>> = {
  won: [
    'Won', 'Closed Won', 'closedwon', 'Closed - Converted', 'Converted', 'Customer', 'Recurring Customer', 'Evangelist',
    'Customer - Direct', 'Customer - Channel', 'Deal Won', 'Gewonnen', 'Gagné', 'Ganado', 'Ganho',
  ],
  replied: [
    'Replied', 'Engaged', 'Meeting Booked', 'Meeting Scheduled', 'Meeting Set', 'Connected', 'Open Deal', 'Interested',
    'Contacted', 'Pre-Qualified', 'Responded', 'Positive Reply', 'Demo Scheduled', 'Demo Booked', 'Demoed',
    'Appointment Scheduled', 'Qualified to Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent',
    'Opportunity', 'In Conversation',
  ],
  lost: [
    'Lost', 'Closed Lost', 'closedlost', 'Closed - Not Converted', 'Disqualified', 'Unqualified', 'Not Qualified',
    'Unsubscribed', 'Bounced', 'Hard Bounce', 'Junk Lead', 'Lost Lead', 'Not Interested', 'Do Not Contact', 'Bad Fit',
    'Bad Data', 'Dead', 'Rejected', 'Verloren', 'Perdu', 'Perdido',
  ],
  sent: [
    'Sent', 'Email Sent', 'Delivered', 'Approaching', 'Attempted to Contact', 'Working - Contacted', 'Unresponsive',
    'In Sequence',
  ],
  opened: ['Opened', 'Email Opened', 'Clicked', 'Email Clicked', 'Email Link Clicked'],
  open: [
    'Open', 'New', 'In Progress', 'Open - Not Contacted', 'Not Contacted', 'Subscriber', 'Lead', 'Marketing Qualified Lead',
    'Sales Qualified Lead', 'Other', 'Bad Timing', 'Prospecting', 'Prospect', 'Engaging', 'Qualification', 'Qualified',
    'Potential', 'Contact in Future', 'Nurture', 'Cold', 'Active',
  ],
};

const vocabulary = new Map<string, Outcome>();
for (const outcome of OUTCOMES) {
  for (const spelling of OUTCOME_VOCABULARY[outcome]) vocabulary.set(headerKey(spelling), outcome);
}

/** The outcome a status word names, or null when the word is not in the vocabulary. */
export function classifyOutcome(value: string): Outcome | null {
  const key = headerKey(value);
  if (key.length === 0) return null;
  const known = vocabulary.get(key);
  if (known) return known;
  // Custom pipelines decorate the defaults: `Closed Won - Expansion`, `Closed Lost (no budget)`.
  if (key.includes('closedwon')) return 'won';
  if (key.includes('closedlost')) return 'lost';
  return null;
}

function lookupOverride(value: string, overrides: Readonly<Record<string, Outcome>>): Outcome | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [spelling, outcome] of Object.entries(overrides)) {
    if (spelling.trim().toLowerCase() === wanted) return outcome;
  }
  return undefined;
}

export function normalizeOutcome(value: string, overrides?: Readonly<Record<string, Outcome>>): Outcome {
  if (overrides) {
    const overridden = lookupOverride(value, overrides);
    if (overridden) return overridden;
  }
  return classifyOutcome(value) ?? 'open';
}

/**
 * A memoised classifier for the per-row path: user overrides first, then the
 * vocabulary; null for a value neither knows. A status column holds a handful
 * of distinct values, so each is classified once; the cache is bounded in
 * case a free-text column was mapped to status.
 */
export function createOutcomeClassifier(overrides?: Readonly<Record<string, Outcome>>): (value: string) => Outcome | null {
  const lowered = new Map<string, Outcome>();
  for (const [spelling, outcome] of Object.entries(overrides ?? {})) lowered.set(spelling.trim().toLowerCase(), outcome);
  const cache = new Map<string, Outcome | null>();
  const CACHE_LIMIT = 4096;
  return (value: string): Outcome | null => {
    const cached = cache.get(value);
    if (cached !== undefined) return cached;
    const outcome = lowered.get(value.trim().toLowerCase()) ?? classifyOutcome(value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(detachString(value), outcome); // must not pin the CSV chunk the value was cut from

    return outcome;
  };
}

/** Parses `--outcome "Value=outcome"`; the value may itself contain `=`. */
export function parseOutcomeOverride(spec: string): { value: string; outcome: Outcome } {
  const at = spec.lastIndexOf('=');
  const value = at >= 0 ? spec.slice(0, at).trim() : '';
  const outcome = at >= 0 ? spec.slice(at + 1).trim().toLowerCase() : '';
  if (at < 0 || value.length === 0) {
    throw new MappingError(`Outcome override "${spec}" must look like "Value=outcome".`, { spec });
  }
  if (!isOutcome(outcome)) {
    throw new MappingError(`Unknown outcome "${outcome}" in "${spec}". Valid outcomes: ${OUTCOMES.join(', ')}.`, {
      spec,
      validChoices: OUTCOMES,
    });
  }
  return { value, outcome };
}

export interface OutcomeSignals {
  won: boolean | null;
  replied: boolean | null;
  /** The status column's outcome, null when the row has no status. */
  status: Outcome | null;
}

/**
 * One outcome per record: a won flag beats everything; a lost status beats a
 * reply (the conversation ended); then a reply from either the flag or the
 * status; then whatever the status says.
 */
export function combineOutcome({ won, replied, status }: OutcomeSignals): Outcome {
  if (won === true) return 'won';
  if (status === 'lost') return 'lost';
  if (replied === true || status === 'replied') return 'replied';
  return status ?? 'open';
}
