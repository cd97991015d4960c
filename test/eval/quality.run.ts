// npm run eval:quality — backtests every strategy and the logistic baseline on the labelled datasets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createComputePool } from '../../src-main/compute/pool';
import { openWorkspace } from '../../src-main/db/workspace';
import { DEFAULT_JOB_PARAMS } from '../../src-main/engine/job-params';
import { loadBacktestData } from '../../src-main/engine/backtest-data';
import { backtest } from '../../src-model/backtest/backtest';
import type { StrategyName } from '../../src-model/strategies/types';
import { LABELLED_DATASETS } from './labelled-datasets';

const only = process.argv.slice(2);
const strategies: (StrategyName | 'baseline')[] = (process.env.STRATEGIES?.split(',') as StrategyName[]) ?? ['centroid', 'contrast', 'learned', 'nearest', 'multi', 'auto', 'baseline'];
const folds = Number(process.env.FOLDS ?? 5);
const seed = Number(process.env.SEED ?? 1);
const pool = createComputePool();
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  —  ');
console.log(`| dataset | strategy | auc | recallTop20 | recallTop10 | liftTop10 | chosen | s |`);
console.log(`|---|---|---|---|---|---|---|---|`);
try {
  for (const load of LABELLED_DATASETS) {
    const dir = mkdtempSync(join(tmpdir(), 'lookalike-quality-'));
    const ws = openWorkspace(join(dir, 'ws.db'));
    try {
      const ds = await load(ws);
      if (only.length && !only.some((o) => ds.name.toLowerCase().includes(o.toLowerCase()))) continue;
      const loaded = await loadBacktestData(ws.db, pool, { ...DEFAULT_JOB_PARAMS, entity: ds.entity, source: ds.source, weights: DEFAULT_JOB_PARAMS.weights });
      for (const s of strategies) {
        const t = performance.now();
        const r = backtest(loaded.data, s, { folds, seed });
        const chosen = [...new Set(r.perFold.map((p) => p.chosen).filter(Boolean))].join(',');
        console.log(`| ${ds.name} (${loaded.data.examples.length} ex, ${loaded.data.negatives.length} bad, ${loaded.ids.length} rows) | ${s} | ${f(r.mean.auc)} ±${f(r.spread.auc)} | ${f(r.mean.recallTop20)} | ${f(r.mean.recallTop10)} | ${f(r.mean.liftTop10)} | ${chosen} | ${((performance.now() - t) / 1000).toFixed(1)} |`);
      }
    } finally {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await pool.close();
}
