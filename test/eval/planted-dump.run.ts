// npx tsx test/eval/planted-dump.run.ts CSV TRUTH.json [strategy] — the persona members ranked below R and the
// others ranked above it, with the cells the engine reads and what they parse into (a diagnosis aid).
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
import { countryInfo, industryBucket, parseTitle, sizeBucket } from '../../src-model/features/index';
import type { StrategyName } from '../../src-model/strategies/types';

const [csv, truthFile, name = 'learned'] = process.argv.slice(2);
if (!csv || !truthFile) throw new Error('usage: planted-dump.run.ts CSV TRUTH.json [strategy]');
const persona = new Set((JSON.parse(readFileSync(truthFile, 'utf8')) as { persona: string[] }).persona);
const dir = mkdtempSync(join(tmpdir(), 'lookalike-dump-'));
const ws = openWorkspace(join(dir, 'ws.db'));
const pool = createComputePool();
try {
  await importFile(ws, csv);
  const segment = insertSegment(ws.db, 'won', 'leads', [parseCondition('outcome = won')]);
  type Row = { id: number; record_id: string; title: string | null; industry: string | null; employees: number | null; range: string | null; country: string | null; outcome: string };
  const rows = ws.db.prepare(`SELECT l.id, l.record_id, l.title, COALESCE(c.industry, l.industry) AS industry,
      COALESCE(c.employees, l.employees) AS employees, COALESCE(c.employees_range, l.employees_range) AS range,
      COALESCE(c.country, l.country) AS country, l.outcome FROM leads l LEFT JOIN companies c ON c.id = l.company_id`).all() as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const total = rows.length;
  const jobId = createJob(ws.db, { source: { kind: 'segment', id: segment }, strategy: name as StrategyName, minScore: 0, maxResults: total, ignoreFields: process.env.IGNORE ? process.env.IGNORE.split(',') : [] });
  await runJob(ws.db, pool, jobId);
  const ranked = jobCandidates(ws.db, jobId, total);
  const R = ranked.filter((c) => persona.has(byId.get(c.record_id)!.record_id)).length;
  const show = (c: (typeof ranked)[number], i: number) => {
    const r = byId.get(c.record_id)!;
    const t = r.title ? parseTitle(r.title) : null;
    const info = r.country ? countryInfo(r.country) : null;
    return `${String(i).padStart(5)} ${r.record_id} ${c.score.toFixed(3)} ${r.outcome.padEnd(5)} ${JSON.stringify(r.title)} [s${t?.seniority ?? '-'} r${t?.roleFamily ?? '-'}] | ${r.industry} [${r.industry ? industryBucket(r.industry) : '-'}] | ${r.employees ?? ''}/${r.range ?? ''} [${sizeBucket(r.employees)}] | ${r.country} [${info?.iso2 ?? '-'}]`;
  };
  console.log(`R = ${R}, precision ${(ranked.slice(0, R).filter((c) => persona.has(byId.get(c.record_id)!.record_id)).length / R).toFixed(3)}`);
  console.log('--- persona below R');
  ranked.forEach((c, i) => { if (i >= R && persona.has(byId.get(c.record_id)!.record_id)) console.log(show(c, i)); });
  console.log('--- others above R');
  ranked.forEach((c, i) => { if (i < R && !persona.has(byId.get(c.record_id)!.record_id)) console.log(show(c, i)); });
} finally {
  await pool.close();
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
