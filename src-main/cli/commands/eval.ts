import { parseEntity, parseNumber } from '../argument-values';
import { parseStrategy, type EvaluateReport } from '../../engine/evaluate';
import { parseSourceRef } from '../../engine/sources';
import { openWorkspaceSession } from '../../services/workspace-session';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';
import { UsageError } from '../usage';

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');

/**
 * `eval --source segment:ID|list:ID|campaign:ID [--strategy NAME] [--folds K] [--seed S] [--baseline] [--json]`:
 * the K-fold backtest of a source's examples (see src-model/backtest).
 */
export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    source: { type: 'string' },
    entity: { type: 'string' },
    strategy: { type: 'string' },
    folds: { type: 'string' },
    seed: { type: 'string' },
    baseline: { type: 'boolean' },
    'ignore-field': { type: 'string', multiple: true },
    threads: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`eval takes options only, got ${positionals.join(' ')}`);
  if (typeof values.source !== 'string') throw new UsageError('eval needs --source segment:ID, list:ID or campaign:ID');
  const source = parseSourceRef(values.source);
  const strategy = values.strategy === undefined ? 'auto' : parseStrategy(values.strategy as string);
  const folds = parseNumber(values.folds as string | undefined, '--folds') ?? 5;
  const seed = parseNumber(values.seed as string | undefined, '--seed') ?? 1;
  const threads = parseNumber(values.threads as string | undefined, '--threads');
  const session = openWorkspaceSession(dbPath(values.db as string | undefined, io.cwd), { mustExist: true, pool: { threads } });
  try {
    const report = await session.jobs.evaluate({
      source,
      ...(values.entity !== undefined ? { entity: parseEntity(values.entity as string) } : {}),
      strategy,
      folds,
      seed,
      baseline: values.baseline === true,
      ignoreFields: (values['ignore-field'] as string[] | undefined) ?? [],
    });
    io.out(values.json ? JSON.stringify(report) : describe(report));
    return 0;
  } finally {
    await session.close();
  }
}

function describe(r: EvaluateReport): string {
  const chosen = [...new Set(r.chosen.filter(Boolean))].join(', ');
  const row = (name: string, f: { recallTop10: number; recallTop20: number; liftTop10: number; auc: number }, s?: typeof f) =>
    `  ${name.padEnd(22)} ${pct(f.recallTop10).padStart(7)}${s ? ` ±${pct(s.recallTop10)}` : ''}  ${pct(f.recallTop20).padStart(7)}${s ? ` ±${pct(s.recallTop20)}` : ''}  ${num(f.liftTop10).padStart(6)}×  ${num(f.auc)}${s ? ` ±${num(s.auc)}` : ''}`;
  return [
    `Backtest: ${r.folds} folds (seed ${r.seed}) of ${r.examples.toLocaleString('en-US')} examples; ` +
      `${r.rankedRows.toLocaleString('en-US')} of ${r.workspaceRows.toLocaleString('en-US')} records ranked` +
      (r.negatives ? `; AUC against ${r.negatives.toLocaleString('en-US')} lost records` : '; AUC against every other record') +
      ` (${(r.ms / 1000).toFixed(1)} s).`,
    ...(r.sourceFields.length ? [`Left out of the features because the segment is defined by them: ${r.sourceFields.join(', ')}.`] : []),
    '',
    `  ${'strategy'.padEnd(22)} ${'top 10%'.padStart(7)}  ${'top 20%'.padStart(7)}  ${'lift10'.padStart(6)}   AUC`,
    row(r.strategy === 'auto' ? `auto (${chosen})` : r.strategy, r, r.spread),
    ...(r.baseline ? [row('logistic baseline', r.baseline, r.baseline.spread)] : []),
    '',
    'Recall: share of the held-out examples ranked in the top 10% / 20% (random: 10% / 20%). Lift: their rate in the top 10% over their rate overall.',
  ].join('\n');
}
