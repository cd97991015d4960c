/**
 * Seed diagnostics for a job's source (src-model/diagnostics): cohesion and
 * outliers from the embeddings of the examples and a sample of the
 * workspace; suspected outcome leaks from the values of every field the
 * engine reads, among the examples and among the lost records (or a sample
 * of the rest). Run on request before a job (the New job form, `job check`)
 * and by every job beside its coverage gaps.
 */
import type Database from 'better-sqlite3';
import type { SeedDiagnosticsDto } from '../contract/dto';
import type { ComputePool } from '../compute/pool';
import { coverageRowsOf, coverageSample, type CoverageRow } from '../db/queries/features';
import { knownBadIds } from '../db/queries/positives';
import { recordNames } from '../db/queries/record-rows';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import type { BacktestData } from '../../src-model/backtest/backtest';
import { diagnoseSeed, LEAK_MIN_EXAMPLES, type FieldValues } from '../../src-model/diagnostics/seed-diagnostics';
import type { SuspectedLeak } from '../../src-model/diagnostics/types';
import { loadBacktestData, sourceSpecOf, type SourceRequest, type SourceSpec } from './backtest-data';
import { engineFields, rowExtras } from './engine-fields';

/** Outlying examples named in the result (the count is always whole). */
const NAMED_OUTLIERS = 20;
/** Workspace rows read beside the examples: shares and ranks to a point, in well under a second. */
const SAMPLE_ROWS = 20_000;
/** Records read on each side for the leak check (values parsed from their rows): a separation to ±0.01. */
const LEAK_ROWS = 2_000;

export type CheckRequest = SourceRequest;

/** Every k-th id, at most `limit` of them. */
function spread(ids: readonly number[], limit: number): number[] {
  const step = Math.max(1, Math.ceil(ids.length / limit));
  return ids.filter((_, i) => i % step === 0);
}

/** The values of each field the engine reads, among the examples and among the records they are told from. */
export function leakCheckValues(
  db: Database.Database,
  spec: Pick<SourceSpec, 'entity' | 'source' | 'ignoreFields'>,
  vocab: FeatureVocabulary,
  exampleIds: readonly number[],
  sourceFields: readonly string[],
): { values: FieldValues[]; against: SuspectedLeak['against'] } {
  const examples = new Set(exampleIds);
  const lost = knownBadIds(db, spec.entity, spec.source.kind === 'campaign' ? spec.source.id : null).filter((id) => !examples.has(id));
  const against: SuspectedLeak['against'] = lost.length >= LEAK_MIN_EXAMPLES ? 'lost' : 'others';
  const exampleRows = coverageRowsOf(db, spec.entity, spread(exampleIds, LEAK_ROWS));
  const otherRows: CoverageRow[] =
    against === 'lost' ? coverageRowsOf(db, spec.entity, spread(lost, LEAK_ROWS)) : coverageSample(db, spec.entity, LEAK_ROWS).rows.filter((r) => !examples.has(r.id));
  const left = new Set([...spec.ignoreFields, ...sourceFields]);
  const fields = engineFields(spec.entity, vocab).filter((f) => !left.has(f.field));
  const read = (rows: CoverageRow[]) => {
    const extras = rows.map(rowExtras);
    return fields.map((f) => rows.map((row, i) => f.valueOf(row, extras[i]!)));
  };
  const ex = read(exampleRows);
  const ot = read(otherRows);
  return {
    values: fields.map((f, k) => ({ key: f.field, label: f.label, removable: f.kind === 'extra', examples: ex[k]!, others: ot[k]! })),
    against,
  };
}

/** Diagnostics of examples already loaded (a job's training data), with outliers named. */
export function diagnoseLoaded(
  db: Database.Database,
  spec: Pick<SourceSpec, 'entity' | 'source' | 'ignoreFields'>,
  vocab: FeatureVocabulary,
  loaded: { data: BacktestData; ids: Int32Array; exampleIds: readonly number[]; sourceFields: string[] },
): SeedDiagnosticsDto {
  const d = diagnoseSeed(loaded.data, leakCheckValues(db, spec, vocab, loaded.exampleIds, loaded.sourceFields));
  const named = d.outliers.slice(0, NAMED_OUTLIERS);
  const names = new Map(recordNames(db, spec.entity, named.map((o) => loaded.ids[o.row]!)).map((r) => [r.id, r.name]));
  return {
    examples: d.examples,
    cohesion: d.cohesion,
    advice: d.advice,
    outlierCount: d.outliers.length,
    outliers: named.map((o) => {
      const id = loaded.ids[o.row]!;
      return { id, name: names.get(id) ?? `record ${id}`, likeness: o.likeness };
    }),
    leaks: d.leaks,
    sourceFields: loaded.sourceFields,
  };
}

/** Diagnostics of a source before any job runs on it (embeds what is not cached yet, as the job would). */
export async function diagnoseSource(db: Database.Database, pool: ComputePool, request: CheckRequest, signal?: AbortSignal): Promise<SeedDiagnosticsDto> {
  const spec = sourceSpecOf(db, request);
  const loaded = await loadBacktestData(db, pool, spec, { signal, maxAllRows: SAMPLE_ROWS, sampleSize: SAMPLE_ROWS, seed: 1 });
  return diagnoseLoaded(db, spec, loaded.vocab, { data: loaded.data, ids: loaded.ids, exampleIds: loaded.positives.ids, sourceFields: loaded.sourceFields });
}
