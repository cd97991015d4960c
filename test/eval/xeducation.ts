/**
 * Ranking quality on X Education's leads (../shared/data/xeducation-leads):
 * a list of 80% of the converted leads is the source; how well does the job
 * rank the other 20% of converted leads above the leads that did not convert?
 * Columns the sales team filled in after contact (SOURCE.md's leakage
 * warning) are ignored on import, so the ranking only sees what was known
 * before the outcome.
 *
 * Used by the integration test (which guards a floor) and by
 * `npm run eval:xeducation` (which prints the figures).
 */
import { join } from 'node:path';
import type { ComputePool } from '../../src-main/compute/pool';
import { jobCandidates } from '../../src-main/db/queries/jobs';
import { addListMembers, insertList } from '../../src-main/db/queries/lists';
import type { Workspace } from '../../src-main/db/workspace';
import { runJob } from '../../src-main/jobs/pipeline';
import { importFile } from '../../src-main/import/import-file';
import { createJob } from '../../src-main/jobs/create-job';

export const LEAKAGE_COLUMNS = [
  'Tags',
  'Lead Quality',
  'Last Activity',
  'Last Notable Activity',
  'Asymmetrique Activity Index',
  'Asymmetrique Profile Index',
  'Asymmetrique Activity Score',
  'Asymmetrique Profile Score',
  'Lead Number',
];

export interface EvalResult {
  seeds: number;
  heldBack: number;
  negatives: number;
  auc: number;
  recallTop20: number;
  jobMs: number;
}

/** Seeded shuffle so the split is the same on every run. */
function split<T>(items: T[], fraction: number, seed: number): [T[], T[]] {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const cut = Math.round(shuffled.length * fraction);
  return [shuffled.slice(0, cut), shuffled.slice(cut)];
}

export async function evaluateXEducation(ws: Workspace, pool: ComputePool, dataDir: string, seed = 42): Promise<EvalResult> {
  await importFile(ws, join(dataDir, 'xeducation-leads', 'Leads.csv'), {
    overrides: Object.fromEntries(LEAKAGE_COLUMNS.map((h) => [h, '-'])),
  });
  const rows = ws.db.prepare("SELECT id, outcome = 'won' AS converted FROM leads ORDER BY id").all() as { id: number; converted: number }[];
  const converted = rows.filter((r) => r.converted).map((r) => r.id);
  const [seeds, heldBack] = split(converted, 0.8, seed);
  const list = insertList(ws.db, 'converted (80%)', 'leads');
  addListMembers(ws.db, list, 'leads', seeds);

  const t = performance.now();
  const jobId = createJob(ws.db, { source: { kind: 'list', id: list }, minScore: 0, maxResults: rows.length });
  await runJob(ws.db, pool, jobId);
  const jobMs = performance.now() - t;

  const held = new Set(heldBack);
  const ranked = jobCandidates(ws.db, jobId, rows.length).map((c) => ({ score: c.score, positive: held.has(c.record_id) }));
  const negatives = ranked.filter((r) => !r.positive).length;
  // AUC: the probability that a held-back convert outranks a non-convert (ties count half).
  let auc = 0;
  let negBelow = 0;
  const ascending = [...ranked].sort((a, b) => a.score - b.score);
  for (let i = 0; i < ascending.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    while (j < ascending.length && ascending[j]!.score === ascending[i]!.score) {
      if (ascending[j]!.positive) pos++;
      else neg++;
      j++;
    }
    auc += pos * (negBelow + neg / 2);
    negBelow += neg;
    i = j;
  }
  auc /= heldBack.length * negatives;
  const top = ranked.slice(0, Math.floor(ranked.length * 0.2));
  const recallTop20 = top.filter((r) => r.positive).length / heldBack.length;
  return { seeds: seeds.length, heldBack: heldBack.length, negatives, auc, recallTop20, jobMs };
}
