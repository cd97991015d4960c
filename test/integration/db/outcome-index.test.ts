/**
 * Reads of leads by outcome go through the outcome index (migration 0011):
 * every job reads the workspace's lost leads (its known-bad records), and a
 * segment on the outcome ("outcome = won") is the commonest source of a job.
 * Without it both scan every lead with its imported columns (0.14–0.2 s at
 * 300k leads, on the main thread). The statements are caught as the app
 * prepares them and their plans read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownBadIds } from '../../../src-main/db/queries/positives';
import { countSegmentMembers, segmentMemberIds, segmentMemberOutcomes } from '../../../src-main/db/queries/segments';
import { parseCondition } from '../../../src-main/segments/condition';
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

describe('reads of leads by outcome', () => {
  it('find the lost leads through the outcome index, not by scanning every lead', () => {
    const lost = ws.db.prepare("SELECT id FROM leads WHERE outcome = 'lost' ORDER BY id").pluck().all();
    expect(lost.length).toBeGreaterThan(0);
    const plans = plansOf(() => expect(knownBadIds(ws.db, 'leads', null)).toEqual(lost));
    expect(plans).toHaveLength(1);
    expect(plans[0]!.plan).toMatch(/USING (COVERING )?INDEX leads_by_outcome/);
  });

  it.each([
    ['outcome = won', (o: string) => o === 'won'],
    ['outcome in (won, Replied)', (o: string) => o === 'won' || o === 'replied'],
    ['outcome = lost; country = Germany', (o: string, country: string | null) => o === 'lost' && country === 'Germany'],
  ])('find the members of a segment on "%s" through it, the same ones as a scan', (where, matches) => {
    const conditions = where.split('; ').map((c) => parseCondition(c));
    const all = ws.db.prepare('SELECT id, outcome, country FROM leads ORDER BY id').all() as { id: number; outcome: string; country: string | null }[];
    const expected = all.filter((l) => matches(l.outcome, l.country)).map((l) => l.id);
    expect(expected.length).toBeGreaterThan(0);
    const plans = plansOf(() => {
      expect(segmentMemberIds(ws.db, { entity: 'leads', conditions })).toEqual(expected);
      expect(countSegmentMembers(ws.db, { entity: 'leads', conditions })).toBe(expected.length);
    });
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const { plan } of plans) {
      expect(plan).toMatch(/INDEX leads_by_outcome/);
      expect(plan).not.toMatch(/SCAN l\b(?! USING)/);
    }
  });

  it("read a job's examples from a segment on the outcome with their outcomes from the index alone, no lead's row", () => {
    const conditions = [parseCondition('outcome in (won, replied)')];
    const expected = ws.db.prepare("SELECT id, outcome FROM leads WHERE outcome IN ('won', 'replied') ORDER BY id").all();
    expect(expected.length).toBeGreaterThan(0);
    const plans = plansOf(() => expect(segmentMemberOutcomes(ws.db, { entity: 'leads', conditions })).toEqual(expected));
    expect(plans).toHaveLength(1);
    expect(plans[0]!.plan).toMatch(/USING COVERING INDEX leads_by_outcome/);
    // Any other segment keeps its scan, and reads the outcome from the rows it scans anyway.
    const open = ws.db.prepare("SELECT id, outcome FROM leads WHERE outcome != 'open' ORDER BY id").all();
    expect(segmentMemberOutcomes(ws.db, { entity: 'leads', conditions: [parseCondition('outcome != open')] })).toEqual(open);
  });

  it('leave a segment on other fields to a scan in id order', () => {
    const plans = plansOf(() => segmentMemberIds(ws.db, { entity: 'leads', conditions: [parseCondition('outcome != open')] }));
    expect(plans.map((p) => p.plan).join('; ')).not.toMatch(/leads_by_outcome/);
  });
});
