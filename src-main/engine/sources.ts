/**
 * What already works: the positive examples of a job and their weights.
 *
 * - segment or list: every member is an example; a won member weighs 3, a
 *   replied one 2, any other 1 (their outcome says how good they are);
 * - campaign: members with a positive outcome (won and replied by default)
 *   weigh 3 and 2; members whose score reaches `highScore`, when given,
 *   weigh 1 even without an outcome.
 * Weights are configurable per job. A re-ranked job adds the analyst's
 * marks (withReviewMarks): good fits as examples weighing as a won one, and
 * records marked not a fit as counter-examples, which reach every strategy
 * the way the known-bad (lost) records do (engine/backtest-data.ts).
 */
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import { getList, listMemberIds } from '../db/queries/lists';
import { campaignMemberOutcomes, campaignName, outcomesOf, type OutcomeRow } from '../db/queries/positives';
import { getSegment, segmentMemberIds, segmentMemberOutcomes, type SegmentRow } from '../db/queries/segments';
import type { SourceKind } from '../db/queries/jobs';

export interface SourceRef {
  kind: SourceKind;
  id: number;
}

export interface PositiveWeights {
  won: number;
  replied: number;
  highScore: number;
}

export const DEFAULT_POSITIVE_WEIGHTS: PositiveWeights = { won: 3, replied: 2, highScore: 1 };

/** The marks a re-ranked job learned from, as they were when it was queued. */
export interface ReviewMarksUsed {
  /** The job whose candidates were marked (the ranking this one is compared with). */
  fromJobId: number;
  /** Records marked a good fit: extra examples, weighted as a won one. */
  good: number[];
  /** Records marked not a fit: counter-examples, as the known-bad (lost) records are. */
  notAFit: number[];
}

export interface PositiveSet {
  name: string;
  entity: Entity;
  ids: number[];
  weights: number[];
  /** How many examples carried each kind of weight, for the job's summary (`marked`: good fits the analyst added). */
  breakdown: { won: number; replied: number; other: number; marked?: number };
  /** Records the analyst marked not a fit: negatives beside the workspace's known-bad ones (never an example). */
  counterExamples: number[];
}

export function parseSourceRef(text: string): SourceRef {
  const m = /^(segment|list|campaign):(\d+)$/.exec(text.trim());
  if (!m) throw new AppError('invalid_input', `A source is segment:ID, list:ID or campaign:ID; got "${text}".`);
  return { kind: m[1] as SourceKind, id: Number(m[2]) };
}

/** A source's entity and name, and a segment's row (its conditions pick the members), read once. */
export interface SourceHeader {
  entity: Entity;
  name: string;
  segment: SegmentRow | null;
}

/** A source's header, read from its own row; AppError not_found when it does not exist. */
export function sourceHeader(db: Database.Database, source: SourceRef): SourceHeader {
  if (source.kind === 'segment') {
    const segment = getSegment(db, source.id);
    if (!segment) throw new AppError('not_found', `No segment ${source.id}.`);
    return { entity: segment.entity, name: segment.name, segment };
  }
  if (source.kind === 'list') {
    const list = getList(db, source.id);
    if (!list) throw new AppError('not_found', `No list ${source.id}.`);
    return { entity: list.entity, name: list.name, segment: null };
  }
  const name = campaignName(db, source.id);
  if (name === null) throw new AppError('not_found', `No campaign ${source.id}.`);
  return { entity: 'leads', name, segment: null };
}

/**
 * A source's name, checked against the entity a job asks for: what a job's
 * request needs to be stored. It reads one row, not the members, so starting
 * a job never waits on a big segment (the job's source phase reads those).
 */
export function checkedSourceName(db: Database.Database, source: SourceRef, entity: Entity): string {
  return checkedHeader(db, source, entity).name;
}

/** sourceHeader, refused when a segment or list holds another entity than the one asked for (a campaign's members are leads). */
function checkedHeader(db: Database.Database, source: SourceRef, entity: Entity | undefined): SourceHeader {
  const header = sourceHeader(db, source);
  if (entity && source.kind !== 'campaign' && header.entity !== entity) {
    throw new AppError('invalid_input', `The ${source.kind} ${source.id} holds ${header.entity}, not ${entity}.`);
  }
  return header;
}

/** A segment's or list's members (ascending ids), with its entity and name. */
export function memberIds(db: Database.Database, source: SourceRef): { entity: Entity; name: string; ids: number[] } {
  if (source.kind === 'campaign') throw new AppError('invalid_input', `A ${source.kind} has no member list here; use list:ID or segment:ID.`);
  const { entity, name, segment } = sourceHeader(db, source);
  return { entity, name, ids: segment ? segmentMemberIds(db, segment) : listMemberIds(db, source.id, entity) };
}

/** How a source's examples are picked and weighed (a job's parameters). */
export interface PositivesOptions {
  entity?: Entity;
  weights?: Partial<PositiveWeights>;
  positiveOutcomes?: readonly Outcome[];
  highScore?: number | null;
}

export function resolvePositives(
  db: Database.Database,
  source: SourceRef,
  options: PositivesOptions = {},
): PositiveSet {
  const w = { ...DEFAULT_POSITIVE_WEIGHTS, ...options.weights };
  const breakdown = { won: 0, replied: 0, other: 0 };
  const ids: number[] = [];
  const weights: number[] = [];
  const add = (r: Pick<OutcomeRow, 'id'>, weight: number, kind: keyof typeof breakdown) => {
    ids.push(r.id);
    weights.push(weight);
    breakdown[kind]++;
  };

  const { entity, name, segment } = checkedHeader(db, source, options.entity);
  if (source.kind === 'campaign') {
    const positive = new Set<Outcome>(options.positiveOutcomes ?? ['won', 'replied']);
    for (const r of campaignMemberOutcomes(db, source.id)) {
      if (r.outcome === 'won' && positive.has('won')) add(r, w.won, 'won');
      else if (r.outcome === 'replied' && positive.has('replied')) add(r, w.replied, 'replied');
      else if (r.outcome !== null && r.outcome !== 'won' && r.outcome !== 'replied' && positive.has(r.outcome)) add(r, 1, 'other');
      else if (options.highScore != null && r.score != null && r.score >= options.highScore) add(r, w.highScore, 'other');
    }
    return { name, entity: 'leads', ids, weights, breakdown, counterExamples: [] };
  }

  const members = segment ? segmentMemberOutcomes(db, segment) : outcomesOf(db, entity, listMemberIds(db, source.id, entity));
  for (const r of members) {
    if (r.outcome === 'won') add(r, w.won, 'won');
    else if (r.outcome === 'replied') add(r, w.replied, 'replied');
    else add(r, w.highScore, 'other');
  }
  return { name, entity, ids, weights, breakdown, counterExamples: [] };
}

/**
 * The examples with a re-ranking's marks: each good fit not already an
 * example joins them with the won weight (an analyst's "good fit" is as
 * strong a verdict as a won deal); each not-a-fit record that is not an
 * example becomes a counter-example. Without marks, the set as it was.
 */
export function withReviewMarks(positives: PositiveSet, review: ReviewMarksUsed | null | undefined, weights: Partial<PositiveWeights> = {}): PositiveSet {
  if (!review || (review.good.length === 0 && review.notAFit.length === 0)) return positives;
  const w = { ...DEFAULT_POSITIVE_WEIGHTS, ...weights };
  const examples = new Set(positives.ids);
  const added = [...new Set(review.good)].filter((id) => !examples.has(id)).sort((a, b) => a - b);
  for (const id of added) examples.add(id);
  const counter = [...new Set([...positives.counterExamples, ...review.notAFit])].filter((id) => !examples.has(id)).sort((a, b) => a - b);
  return {
    ...positives,
    ids: [...positives.ids, ...added],
    weights: [...positives.weights, ...added.map(() => w.won)],
    breakdown: { ...positives.breakdown, marked: (positives.breakdown.marked ?? 0) + added.length },
    counterExamples: counter,
  };
}

/** The entity a source holds: a segment's or list's own; a campaign's members are leads. */
export function sourceEntity(db: Database.Database, source: SourceRef): Entity {
  return sourceHeader(db, source).entity;
}
