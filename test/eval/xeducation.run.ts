// npm run eval:xeducation — prints the ranking quality figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createComputePool } from '../../src-main/compute/pool';
import { openWorkspace } from '../../src-main/db/workspace';
import { evaluateXEducation } from './xeducation';

const dir = mkdtempSync(join(tmpdir(), 'lookalike-eval-'));
const ws = openWorkspace(join(dir, 'ws.db'));
const pool = createComputePool();
try {
  const data = new URL('../../../shared/data/', import.meta.url).pathname;
  for (const seed of [42, 7, 2026]) {
    const r = await evaluateXEducation(ws, pool, data, seed);
    console.log(
      `seed ${seed}: ${r.seeds} seed leads, ${r.heldBack} held back, ${r.negatives} non-converted — ` +
        `AUC ${r.auc.toFixed(3)}, recall of held-back in top 20% ${(100 * r.recallTop20).toFixed(1)}% (random: 20%), job ${(r.jobMs / 1000).toFixed(2)} s`,
    );
  }
} finally {
  await pool.close();
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
