/**
 * `eval`: the backtest of a source under a strategy (and, on request, the
 * logistic baseline on the same folds), from the workspace's embeddings.
 */
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { joinFolds, type BacktestResult } from '../../src-model/backtest/backtest';
import type { RankingFigures } from '../../src-model/backtest/metrics';
import { STRATEGIES, type StrategyName } from '../../src-model/strategies/types';
import { loadBacktestData, sourceSpecOf } from './backtest-data';
import type { SourceRef } from './sources';

export interface EvaluateRequest {
  source: SourceRef;
  entity?: Entity;
  strategy?: StrategyName;
  folds?: number;
  seed?: number;
  baseline?: boolean;
  ignoreFields?: string[];
  positiveOutcomes?: Outcome[];
}

export interface EvaluateReport extends RankingFigures {
  strategy: StrategyName;
  /** The strategy `auto` chose in each fold (the strategy itself otherwise). */
  chosen: (string | null)[];
  folds: number;
  seed: number;
  examples: number;
  negatives: number;
  rankedRows: number;
  workspaceRows: number;
  spread: RankingFigures;
  perFold: BacktestResult['perFold'];
  baseline: (RankingFigures & { spread: RankingFigures }) | null;
  /** Columns left out because the source is defined by them. */
  sourceFields: string[];
  ms: number;
}

export function parseStrategy(text: string): StrategyName {
  if (!(STRATEGIES as readonly string[]).includes(text)) throw new AppError('invalid_input', `A strategy is one of ${STRATEGIES.join(', ')}; got "${text}".`);
  return text as StrategyName;
}

export async function evaluateSource(db: Database.Database, pool: ComputePool, request: EvaluateRequest, signal?: AbortSignal): Promise<EvaluateReport> {
  const t = performance.now();
  const folds = request.folds ?? 5;
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new AppError('invalid_input', `--folds takes a whole number from 2 to 20, got ${folds}.`);
  const seed = request.seed ?? 1;
  const strategy = request.strategy ?? 'auto';
  const spec = sourceSpecOf(db, request);
  // The rows go to shared memory, so every thread reads them without a copy.
  const loaded = await loadBacktestData(db, pool, spec, { signal, sharedRows: true });
  if (loaded.data.examples.length < folds) throw new AppError('invalid_input', `The source has ${loaded.data.examples.length} examples; ${folds} folds need at least ${folds}.`);
  // Each fold (of the strategy, and of the baseline) is a task of its own on the pool, so the folds run on
  // every thread at once: 5 folds of auto and the baseline on 50k records took 36 s on one.
  const runs = [strategy, ...(request.baseline ? (['baseline'] as const) : [])].flatMap((of) => Array.from({ length: folds }, (_, f) => ({ of, f })));
  const parts = await inTurns(runs, pool.threads, ({ of, f }) => pool.backtest({ strategy: of, data: loaded.data, folds, seed, onlyFolds: [f] }, signal));
  const result = joinFolds(parts.slice(0, folds));
  const base = request.baseline ? joinFolds(parts.slice(folds)) : null;
  return {
    strategy,
    ...result.mean,
    chosen: result.perFold.map((f) => f.chosen),
    folds: result.folds,
    seed,
    examples: loaded.data.examples.length,
    negatives: loaded.data.negatives.length,
    rankedRows: loaded.ids.length,
    workspaceRows: loaded.workspaceRows,
    spread: result.spread,
    perFold: result.perFold,
    baseline: base ? { ...base.mean, spread: base.spread } : null,
    sourceFields: loaded.sourceFields,
    ms: Math.round(performance.now() - t),
  };
}

/** Each item's task, at most `width` at once (the pool queues only a few beyond its threads), results in order. */
async function inTurns<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
  return out;
}
