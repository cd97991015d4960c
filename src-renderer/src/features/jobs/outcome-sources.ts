/**
 * "Every won lead" as a source of a job. What already works is most often
 * simply the won (or replied) leads of the whole workspace — X Education's
 * converts, a CRM's closed-won contacts — and a file whose campaigns are
 * many small lead sources offers no single campaign holding them. So the
 * new-job form offers the outcomes themselves, with their counts.
 *
 * A job starts from a campaign, a list or a segment (the contract's
 * sources); an outcome source is the segment of its condition. Once the
 * workspace has that segment it is offered as the segment it is (under
 * Segments); until then starting saves it, under a name the form shows
 * beforehand, so nothing is added to the workspace without the analyst
 * being told, and the segment can be reused and edited.
 * Pure: the form passes in the outcome counts and the saved segments.
 */
import type { FieldValuesDto, SegmentSummary } from '../../../../src-main/contract/dto';

export interface OutcomeSource {
  /** The form's option value: `outcome:won`. */
  value: string;
  /** The segment's one condition, as typed. */
  condition: string;
  /** The name the segment is saved under. */
  name: string;
  /** Leads with the outcome (from the values read, so possibly estimated). */
  count: number;
  estimated: boolean;
}

const OUTCOME_SOURCES = [
  { key: 'won', outcomes: ['won'], condition: 'outcome = won', name: 'Won leads' },
  { key: 'replied', outcomes: ['replied', 'won'], condition: 'outcome in (replied, won)', name: 'Leads that replied or won' },
] as const;

/** A condition as the segment store gives it back, compared without case and spacing. */
const canonical = (condition: string) => condition.toLowerCase().replace(/\s+/g, ' ').replace(/\s*([(),=])\s*/g, '$1').trim();

const countOf = (outcomeValues: FieldValuesDto, outcome: string) =>
  outcomeValues.values.filter((v) => v.value.toLowerCase() === outcome).reduce((n, v) => n + v.count, 0);

/** The saved leads segment whose one condition is `condition`, if any. */
const savedSegment = (segments: readonly SegmentSummary[], condition: string) =>
  segments.find((s) => s.entity === 'leads' && s.conditions.length === 1 && canonical(s.conditions[0]!) === canonical(condition));

/** The outcome sources with leads and no saved segment of their condition yet. */
export function outcomeSources(outcomeValues: FieldValuesDto, segments: readonly SegmentSummary[]): OutcomeSource[] {
  return OUTCOME_SOURCES.flatMap((source) => {
    const count = source.outcomes.reduce((n, outcome) => n + countOf(outcomeValues, outcome), 0);
    if (count === 0 || savedSegment(segments, source.condition)) return [];
    return [{ value: `outcome:${source.key}`, condition: source.condition, name: source.name, count, estimated: outcomeValues.sampled }];
  });
}

/** A form value naming an outcome source not yet saved as a segment. */
export const isUnsavedOutcome = (value: string) => value.startsWith('outcome:');

/**
 * Where "find lookalikes of the won leads" starts: their saved segment, else the outcome to save, with how
 * many leads won; null when none did (the end of an import offers it as the next step).
 */
export function wonLeadsSource(outcomeValues: FieldValuesDto, segments: readonly SegmentSummary[]): { value: string; count: number } | null {
  const won = OUTCOME_SOURCES[0];
  const saved = savedSegment(segments, won.condition);
  if (saved) return saved.members > 0 ? { value: `segment:${saved.id}`, count: saved.members } : null;
  const count = countOf(outcomeValues, 'won');
  return count > 0 ? { value: `outcome:${won.key}`, count } : null;
}
