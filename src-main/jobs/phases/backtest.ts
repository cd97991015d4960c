/**
 * backtest: after the candidates are saved, how well the job's strategy
 * finds examples it was not shown, and for `auto` which strategy finds them
 * best; a clearly better one re-ranks the candidates (score and reasons run
 * again inside this phase).
 */
import { AUTO_MIN_EXAMPLES_TO_SWITCH, strategyMerit } from '../../../src-model/backtest/backtest';
import type { RankingFigures } from '../../../src-model/backtest/metrics';
import type { ConcreteStrategy } from '../../../src-model/strategies/types';
import type { JobPhase } from '../job-phase';
import { copyData, TRAINING_SEED, trainStrategy } from '../training';
import { reasonsPhase } from './reasons';
import { scorePhase } from './score';

/** Fewer examples than this are not backtested: a fold of one or two says nothing. */
const BACKTEST_MIN_EXAMPLES = 10;
const FOLDS = 3;

export const backtestPhase: JobPhase = {
  name: 'backtest',
  lap: 'backtestMs',
  async run(state, step) {
    const { params, set } = state;
    step.progress(0, 1);
    let used = state.strategy;
    let why: string;
    let figures: RankingFigures | null = null;
    let comparison: { strategy: ConcreteStrategy; figures: RankingFigures }[] = [];
    if (set.positives.length < BACKTEST_MIN_EXAMPLES) {
      why = `too few examples (${set.positives.length}) to backtest; ${used} suits small sets`;
    } else if (params.strategy === 'auto') {
      const checked = await trainStrategy(state, 'auto');
      comparison = checked.comparison;
      const winner = comparison[0]!;
      const current = comparison.find((c) => c.strategy === used);
      // Re-rank only for a clear win: folds of the same examples differ by a point or two.
      // chooseStrategy already keeps learned unless another beats it by more than the folds' noise.
      if (winner.strategy !== used && (!current || strategyMerit(winner.figures) > strategyMerit(current.figures))) {
        state.scorer = checked.scorer;
        await step.run(scorePhase);
        await step.run(reasonsPhase);
        state.reranked = { candidates: state.candidates, profile: { positives: state.positives.ids.length, vector: checked.scorer.queries[0]! } };
        used = winner.strategy;
      }
      figures = comparison.find((c) => c.strategy === used)?.figures ?? winner.figures;
      why = autoWhy(used, comparison, set.positives.length);
    } else {
      const r = await state.pool.backtest({ strategy: used, data: copyData(state.training.data), folds: FOLDS, seed: TRAINING_SEED }, state.signal);
      figures = r.mean;
      why = 'chosen for the job';
    }
    const info = state.profileInfo;
    info.strategy = { requested: params.strategy, used, why };
    info.backtest = figures ? { ...figures, folds: FOLDS, examples: set.positives.length, summary: backtestSummary(figures, set.negatives.length > 0) } : null;
    info.comparison = comparison;
  },
};

/**
 * Why `auto` ranks with the strategy it used: the best in the backtest on the
 * examples, or the default kept because the one that measured higher did
 * not beat it by more than chance (chooseStrategy).
 */
export function autoWhy(used: ConcreteStrategy, comparison: { strategy: ConcreteStrategy; figures: RankingFigures }[], examples: number): string {
  const names = comparison.map((c) => c.strategy).join(', ');
  const top = [...comparison].sort((a, b) => strategyMerit(b.figures) - strategyMerit(a.figures))[0];
  if (!top || top.strategy === used) return `ranked best of ${names} in a backtest on the examples`;
  const reason = examples < AUTO_MIN_EXAMPLES_TO_SWITCH ? `${examples} examples are too few to tell strategies apart` : 'not by more than the folds vary';
  return `kept ${used}: ${top.strategy} measured higher in a backtest on the examples, but ${reason}`;
}

/** "Recovers 71% of held-out examples in the top fifth of the list, 3.6× random." */
function backtestSummary(f: RankingFigures, againstLost: boolean): string {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return (
    `Recovers ${pct(f.recallTop20)} of held-out examples in the top fifth of the ranking ` +
    `(${(f.recallTop20 / 0.2).toFixed(1)}× random) and ${pct(f.recallTop10)} in the top tenth; ` +
    `a held-out example outranks ${againstLost ? 'a lost record' : 'another record'} ${pct(f.auc)} of the time.`
  );
}
