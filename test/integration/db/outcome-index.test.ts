/**
 * Every job reads the workspace's lost leads (its known-bad records) through
 * the outcome index (migration 0011). Without it that read scans every lead
 * with its imported columns: 0.14 s at 300k leads, on the main thread. The
 * statement is caught as the app prepares it and its plan read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownBadIds } from '../../../src-main/db/queries/positives';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 2_000);
  ws.db.exec("UPDATE leads SET outcome = 'lost' WHERE id % 7 = 0; ANALYZE");
});
afterEach(() => ws.cleanup());

/** The plan of a statement, its parameters bound to null (the plan of `outcome = ?` does not depend on the value). */
function planOf(sql: string): string {
  const explain = ws.db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  for (let params = 0; ; params++) {
    try {
      return (explain.all(...new Array<null>(params).fill(null)) as { detail: string }[]).map((r) => r.detail).join('; ');
    } catch (e) {
      if (!(e instanceof RangeError) || params > 50) throw e;
    }
  }
}

/** The SQL texts `read` prepares on the workspace connection, and their query plans. */
function plansOf(read: () => unknown): { sql: string; plan: string }[] {
  const prepare = vi.spyOn(ws.db, 'prepare');
  try {
    read();
    return prepare.mock.calls.map(([sql]) => ({ sql, plan: planOf(sql) }));
  } finally {
    prepare.mockRestore();
  }
}

describe('the read of the lost leads', () => {
  it('finds them through the outcome index, not by scanning every lead', () => {
    const lost = ws.db.prepare("SELECT id FROM leads WHERE outcome = 'lost' ORDER BY id").pluck().all();
    expect(lost.length).toBeGreaterThan(0);
    const plans = plansOf(() => expect(knownBadIds(ws.db, 'leads', null)).toEqual(lost));
    expect(plans).toHaveLength(1);
    expect(plans[0]!.plan).toMatch(/USING (COVERING )?INDEX leads_by_outcome/);
  });
});
