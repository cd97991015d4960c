/**
 * `eval`: the backtest of a source under a strategy (and, on request, the
 * logistic baseline on the same folds), from the workspace's embeddings.
 */
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { backtest, type BacktestResult } from '../../src-model/backtest/backtest';
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
  const loaded = await loadBacktestData(db, pool, spec, { signal });
  if (loaded.data.examples.length < folds) throw new AppError('invalid_input', `The source has ${loaded.data.examples.length} examples; ${folds} folds need at least ${folds}.`);
  const result = backtest(loaded.data, strategy, { folds, seed });
  const base = request.baseline ? backtest(loaded.data, 'baseline', { folds, seed }) : null;
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
