// npx tsx test/eval/planted.run.ts CSV TRUTH.json [strategy...] — how well a job from the won leads of a
// generated export with a planted persona fills its top with that persona (never tuned on: the generator
// is seeded, the persona is hidden from the engine).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createComputePool } from '../../src-main/compute/pool';
import { jobCandidates } from '../../src-main/db/queries/jobs';
import { insertSegment } from '../../src-main/db/queries/segments';
import { openWorkspace } from '../../src-main/db/workspace';
import { runJob } from '../../src-main/jobs/pipeline';
import { importFile } from '../../src-main/import/import-file';
import { createJob } from '../../src-main/jobs/create-job';
import { parseCondition } from '../../src-main/segments/condition';
import type { StrategyName } from '../../src-model/strategies/types';

const [csv, truthFile, ...names] = process.argv.slice(2);
if (!csv || !truthFile) throw new Error('usage: planted.run.ts CSV TRUTH.json [strategy...]');
const strategies = (names.length ? names : ['centroid', 'contrast', 'learned', 'auto']) as StrategyName[];
const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { persona: string[] };
const persona = new Set(truth.persona);
const dir = mkdtempSync(join(tmpdir(), 'lookalike-planted-'));
const ws = openWorkspace(join(dir, 'ws.db'));
const pool = createComputePool();
try {
  await importFile(ws, csv);
  const segment = insertSegment(ws.db, 'won', 'leads', [parseCondition('outcome = won')]);
  const recordId = new Map((ws.db.prepare('SELECT id, record_id FROM leads').all() as { id: number; record_id: string }[]).map((r) => [r.id, r.record_id]));
  const total = recordId.size;
  console.log('| strategy | persona in top 20% (recall) | R-precision | job s |');
  console.log('|---|---|---|---|');
  for (const strategy of strategies) {
    const t = performance.now();
    const ignoreFields = process.env.IGNORE ? process.env.IGNORE.split(',') : [];
    const jobId = createJob(ws.db, { source: { kind: 'segment', id: segment }, strategy, minScore: 0, maxResults: total, ignoreFields });
    await runJob(ws.db, pool, jobId);
    const ranked = jobCandidates(ws.db, jobId, total).map((c) => persona.has(recordId.get(c.record_id)!));
    const inPersona = ranked.filter(Boolean).length;
    const top20 = ranked.slice(0, Math.floor(ranked.length * 0.2)).filter(Boolean).length;
    const rPrecision = ranked.slice(0, inPersona).filter(Boolean).length / inPersona;
    console.log(`| ${strategy} | ${(top20 / inPersona).toFixed(3)} | ${rPrecision.toFixed(3)} | ${((performance.now() - t) / 1000).toFixed(1)} |`);
  }
} finally {
  await pool.close();
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
