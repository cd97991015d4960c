import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';

const BANK = new URL('../../fixtures/csv/bank-marketing.csv', import.meta.url).pathname;
const XEDU = new URL('../../../../shared/data/xeducation-leads/Leads.csv', import.meta.url).pathname;
const LEAKS = ['Tags', 'Lead Quality', 'Last Activity', 'Last Notable Activity', 'Asymmetrique Activity Index', 'Asymmetrique Profile Index', 'Asymmetrique Activity Score', 'Asymmetrique Profile Score', 'Lead Number'];

let t: ReturnType<typeof tempDir>;
let db: string;
const run = (...args: string[]) => cli([...args, '--db', db], t.dir);
beforeAll(async () => {
  t = tempDir();
  db = join(t.dir, 'ws.db');
  expect((await cli(['import', XEDU, '--db', db, ...LEAKS.flatMap((h) => ['--map', `${h}=-`])], t.dir)).code).toBe(0);
  expect((await run('segment', 'create', '--name', 'converted', '--where', 'outcome = won')).code).toBe(0);
});
afterAll(() => t.cleanup());

describe('lookalike eval', () => {
  it('backtests a source with folds and a seed, deterministically, beside the logistic baseline', async () => {
    const r = await run('eval', '--source', 'segment:1', '--folds', '3', '--seed', '4', '--baseline', '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ strategy: 'auto', folds: 3, seed: 4, examples: 3561, rankedRows: 9240 });
    for (const key of ['recallTop10', 'recallTop20', 'liftTop10', 'auc']) {
      expect(typeof report[key]).toBe('number');
      expect(typeof report.spread[key]).toBe('number');
    }
    // X Education's converts, leakage columns left out: far better than chance and at the baseline's level.
    expect(report.auc).toBeGreaterThanOrEqual(0.83);
    expect(report.recallTop20).toBeGreaterThan(0.55);
    expect(report.auc).toBeGreaterThanOrEqual(0.95 * report.baseline.auc);
    expect(report.perFold).toHaveLength(3);
    const again = JSON.parse((await run('eval', '--source', 'segment:1', '--folds', '3', '--seed', '4', '--baseline', '--json')).stdout);
    expect({ ...again, ms: 0 }).toEqual({ ...report, ms: 0 });
  }, 300_000); // four backtests of 9,240 records on two loaded cores

  it('ranks the plain centroid below the default, and prints a readable table', async () => {
    const centroid = JSON.parse((await run('eval', '--source', 'segment:1', '--strategy', 'centroid', '--folds', '3', '--json')).stdout);
    const auto = JSON.parse((await run('eval', '--source', 'segment:1', '--folds', '3', '--json')).stdout);
    expect(auto.auc).toBeGreaterThan(centroid.auc + 0.1);
    const text = await run('eval', '--source', 'segment:1', '--strategy', 'contrast', '--folds', '2');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Backtest: 2 folds \(seed 1\) of 3,561 examples/);
    expect(text.stdout).toMatch(/contrast\s+\d/);
  }, 300_000);

  it('refuses an unknown strategy and too many folds as usage errors', async () => {
    expect((await run('eval', '--source', 'segment:1', '--strategy', 'magic')).code).toBe(2);
    expect((await run('eval', '--source', 'segment:1', '--folds', '50')).code).toBe(2);
    expect((await run('eval')).code).toBe(2);
  });

  it('leaves a segment\'s own columns out of the features, so its members are not found by their defining value', async () => {
    const t2 = tempDir();
    const db2 = join(t2.dir, 'bank.db');
    try {
      expect((await cli(['import', BANK, '--db', db2], t2.dir)).code).toBe(0);
      expect((await cli(['segment', 'create', '--name', 'yes', '--where', 'y = yes', '--db', db2], t2.dir)).code).toBe(0);
      const r = await cli(['eval', '--source', 'segment:1', '--folds', '2', '--json', '--db', db2], t2.dir);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.sourceFields).toEqual(['y']);
      expect(report.auc).toBeLessThan(0.99); // with y as a feature every held-out member would be found at once
    } finally {
      t2.cleanup();
    }
  });
});
