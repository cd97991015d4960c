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

/** The outcome sources with leads and no saved segment of their condition yet. */
export function outcomeSources(outcomeValues: FieldValuesDto, segments: readonly SegmentSummary[]): OutcomeSource[] {
  const countOf = (outcome: string) => outcomeValues.values.filter((v) => v.value.toLowerCase() === outcome).reduce((n, v) => n + v.count, 0);
  const saved = (condition: string) =>
    segments.some((s) => s.entity === 'leads' && s.conditions.length === 1 && canonical(s.conditions[0]!) === canonical(condition));
  return OUTCOME_SOURCES.flatMap((source) => {
    const count = source.outcomes.reduce((n, outcome) => n + countOf(outcome), 0);
    if (count === 0 || saved(source.condition)) return [];
    return [{ value: `outcome:${source.key}`, condition: source.condition, name: source.name, count, estimated: outcomeValues.sampled }];
  });
}

/** A form value naming an outcome source not yet saved as a segment. */
export const isUnsavedOutcome = (value: string) => value.startsWith('outcome:');
