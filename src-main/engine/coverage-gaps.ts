/**
 * Fields the examples have and the other records mostly lack. A profile
 * built on such a field can only find records that have it, so every other
 * record scores low; worse, a field filled in only for the examples often
 * records the outcome itself (an export of closed deals carries the deal's
 * segment and type only for deals that closed). The job says which fields
 * these are so the analyst can run it again without them.
 *
 * Only fields the engine reads count: the canonical ones, and the extra
 * fields the vocabulary encodes. Shares among the examples are weighted as
 * in the profile; among the others they come from a sample (the vocabulary's
 * runs of ids), examples left out.
 */
import type Database from 'better-sqlite3';
import type { CoverageGapDto, Entity } from '../contract/dto';
import { coverageRowsOf, coverageSample, type CoverageRow } from '../db/queries/features';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { engineFields, rowExtras, type EngineField } from './engine-fields';

/** At least this (weighted) share of the examples have the field… */
const EXAMPLES_AT_LEAST = 0.5;
/** …and at most this share of the other records, and at most a quarter of the examples' share. */
const OTHERS_AT_MOST = 0.1;
const RATIO_AT_MOST = 0.25;

/** Weighted share of `rows` that have each checked field. */
function shares(rows: readonly CoverageRow[], weights: readonly number[] | null, list: readonly EngineField[]): number[] {
  const totals = new Array<number>(list.length).fill(0);
  let sum = 0;
  rows.forEach((row, i) => {
    const w = weights ? weights[i]! : 1;
    sum += w;
    const extras = rowExtras(row);
    list.forEach((c, k) => {
      if (c.valueOf(row, extras) !== null) totals[k]! += w;
    });
  });
  return totals.map((t) => (sum > 0 ? t / sum : 0));
}

/** The fields the examples have and the other records lack, most lopsided first. */
export function findCoverageGaps(
  entity: Entity,
  vocab: FeatureVocabulary,
  examples: { rows: readonly CoverageRow[]; weights: readonly number[] },
  sample: readonly CoverageRow[],
): CoverageGapDto[] {
  // The sample may hold examples too (all of them, in a small workspace): they are not "the others".
  const exampleIds = new Set(examples.rows.map((r) => r.id));
  const others = sample.filter((r) => !exampleIds.has(r.id));
  if (examples.rows.length === 0 || others.length === 0) return [];
  const list = engineFields(entity, vocab);
  const ex = shares(examples.rows, examples.weights, list);
  const ot = shares(others, null, list);
  return list
    .map((c, k) => ({ field: c.field, label: c.label, kind: c.kind, examples: ex[k]!, others: ot[k]! }))
    .filter((g) => g.examples >= EXAMPLES_AT_LEAST && g.others <= OTHERS_AT_MOST && g.others <= g.examples * RATIO_AT_MOST)
    // Most lopsided first; on a tie, standard fields before extras, then by name.
    .sort((a, b) => b.examples - b.others - (a.examples - a.others) || (a.kind === b.kind ? 0 : a.kind === 'field' ? -1 : 1) || (a.field < b.field ? -1 : 1));
}

/**
 * Records read on each side. Shares need only be good to a point or two
 * against thresholds of 10% and 50% (the standard error at 4,000 is under
 * 1%), and this runs with every job: a warm job must stay well under a second.
 */
const SAMPLE = 4_000;

/** The coverage gaps of a job's examples against the workspace, read from the database. */
export function measureCoverageGaps(
  db: Database.Database,
  entity: Entity,
  vocab: FeatureVocabulary,
  examples: { ids: readonly number[]; weights: readonly number[] },
): CoverageGapDto[] {
  if (examples.ids.length === 0) return [];
  // Every k-th example when there are very many: the shares barely move.
  const step = Math.max(1, Math.ceil(examples.ids.length / SAMPLE));
  const weight = new Map<number, number>();
  for (let i = 0; i < examples.ids.length; i += step) weight.set(examples.ids[i]!, examples.weights[i]!);
  const rows = coverageRowsOf(db, entity, [...weight.keys()]);
  return findCoverageGaps(entity, vocab, { rows, weights: rows.map((r) => weight.get(r.id) ?? 1) }, coverageSample(db, entity, SAMPLE).rows);
}
