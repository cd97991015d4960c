import { describe, expect, it } from 'vitest';
import { autoWhy } from '../../../src-main/jobs/phases/backtest';

const figures = (auc: number, recallTop20: number) => ({ auc, recallTop20, recallTop10: recallTop20 / 2, liftTop10: 2 });

describe('why auto ranks with the strategy it used', () => {
  it('names the strategies compared when the one used measured best', () => {
    expect(autoWhy('blend', [{ strategy: 'blend', figures: figures(0.8, 0.6) }, { strategy: 'nearest', figures: figures(0.7, 0.5) }], 400)).toBe(
      'ranked best of blend, nearest in a backtest on the examples',
    );
  });

  it('says the default was kept, and why, when another measured higher', () => {
    const comparison = [
      { strategy: 'blend' as const, figures: figures(0.55, 0.2) },
      { strategy: 'nearest' as const, figures: figures(0.6, 0.3) },
    ];
    expect(autoWhy('blend', comparison, 34)).toBe('kept blend: nearest measured higher in a backtest on the examples, but 34 examples are too few to tell strategies apart');
    expect(autoWhy('blend', comparison, 500)).toBe('kept blend: nearest measured higher in a backtest on the examples, but not by more than the folds vary');
  });
});
