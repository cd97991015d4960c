// npm run eval:diagnostics — the seed diagnostics (cohesion, outliers, suspected outcome leaks) on the
// labelled datasets, and on X Education and a generated planted-persona export with their known leakage
// columns kept: a detector that names those and no honest column is doing its job.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createComputePool } from '../../src-main/compute/pool';
import { insertSegment } from '../../src-main/db/queries/segments';
import { openWorkspace, type Workspace } from '../../src-main/db/workspace';
import { loadBacktestData } from '../../src-main/engine/backtest-data';
import { DEFAULT_JOB_PARAMS } from '../../src-main/engine/job-params';
import { diagnoseSource, leakCheckValues } from '../../src-main/engine/seed-diagnostics';
import { fieldSeparations, LEAK_SEPARATION } from '../../src-model/diagnostics/seed-diagnostics';
import { importFile } from '../../src-main/import/import-file';
import { parseCondition } from '../../src-main/segments/condition';
import { generatePlantedPersonaCsv } from './data/planted-persona';
import { LABELLED_DATASETS, loadXEducation, sharedData, type LabelledDataset } from './labelled-datasets';
import { LEAKAGE_COLUMNS } from './xeducation';

/** The planted export's columns that record the outcome (filled in because the deal closed). */
const PLANTED_LEAKS = ['Lifecycle Stage', 'Associated Deal Stage', 'Became a Customer Date', 'Number of Associated Deals'];

async function loadPlanted(ws: Workspace, dir: string): Promise<LabelledDataset> {
  const file = join(dir, 'planted.csv');
  writeFileSync(file, generatePlantedPersonaCsv({ rows: 20_000, seed: 11 }).csv);
  await importFile(ws, file);
  const segment = insertSegment(ws.db, 'won', 'leads', [parseCondition('outcome = won')]);
  return { name: 'Planted persona (HubSpot, 20k)', entity: 'leads', source: { kind: 'segment', id: segment }, label: 'won' };
}

const cases: { load: (ws: Workspace, dir: string) => Promise<LabelledDataset>; known: string[] }[] = [
  { load: (ws) => loadXEducation(ws, sharedData(), { keepLeakageColumns: true }).then((d) => ({ ...d, name: 'X Education, leakage columns kept' })), known: LEAKAGE_COLUMNS },
  { load: loadPlanted, known: PLANTED_LEAKS },
  ...LABELLED_DATASETS.map((load) => ({ load: (ws: Workspace) => load(ws), known: [] as string[] })),
];

const pool = createComputePool();
const pct = (x: number) => `${Math.round(100 * x)}%`;
console.log(`| dataset | examples | cohesion | outliers | suspected leaks (separation ≥ ${LEAK_SEPARATION}; telling value: examples vs others) | known leaks found | honest columns flagged | most separating other columns | s |`);
console.log('|---|---|---|---|---|---|---|---|---|');
try {
  for (const c of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'lookalike-diagnostics-'));
    const ws = openWorkspace(join(dir, 'ws.db'));
    try {
      const ds = await c.load(ws, dir);
      const t = performance.now();
      const d = await diagnoseSource(ws.db, pool, { source: ds.source, entity: ds.entity });
      const s = ((performance.now() - t) / 1000).toFixed(1);
      const leaks = d.leaks.map((l) => `${l.key} ${l.separation.toFixed(3)}; ${l.value}: ${pct(l.examplesShare)} vs ${pct(l.othersShare)}`).join('<br>') || '—';
      const found = c.known.filter((k) => d.leaks.some((l) => l.key === k));
      const honest = d.leaks.filter((l) => !c.known.includes(l.key)).map((l) => l.key);
      const spec = { ...DEFAULT_JOB_PARAMS, entity: ds.entity, source: ds.source };
      const loaded = await loadBacktestData(ws.db, pool, spec);
      const checked = leakCheckValues(ws.db, spec, loaded.vocab, loaded.positives.ids, loaded.sourceFields);
      const next = fieldSeparations(checked.values, checked.against)
        .filter((f) => f.separation < LEAK_SEPARATION)
        .slice(0, 3)
        .map((f) => `${f.key} ${f.separation.toFixed(3)}${c.known.includes(f.key) ? ' (known leak)' : ''}`)
        .join('<br>');
      console.log(
        `| ${ds.name} | ${d.examples} | ${d.cohesion?.toFixed(3) ?? '—'} | ${d.outlierCount} | ${leaks} | ${c.known.length ? `${found.length} of ${c.known.length}` : '—'} | ${honest.join(', ') || 'none'} | ${next} | ${s} |`,
      );
    } finally {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await pool.close();
}
