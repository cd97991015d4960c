/**
 * What the segment builder costs on a large workspace: the field picker's
 * list, value suggestions as a user types, and the live count with its
 * "did you mean" check for a mistyped value. Prints the median of a few runs
 * per call on a synthetic workspace (300,000 leads unless given).
 *
 *   npx tsx test/bench/segment-builder.bench.ts [leads]
 */
import { conditionFields, countMatches, fieldValues } from '../../src-main/services/segments-service';
import { tempWorkspace } from '../helpers/temp-workspace';
import { seedSyntheticWorkspace } from './lib/synthetic-workspace';

const leads = Number(process.argv[2] ?? 300_000);
const RUNS = 7;

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const ws = tempWorkspace();
try {
  seedSyntheticWorkspace(ws.db, leads);
  const rows: [string, number][] = [
    ['segments.fields (leads)', median(() => conditionFields(ws, 'leads'))],
    ['segments.values company.industry', median(() => fieldValues(ws, { entity: 'leads', field: 'company.industry' }))],
    ['segments.values company.industry, search "soft"', median(() => fieldValues(ws, { entity: 'leads', field: 'company.industry', search: 'soft' }))],
    ['segments.values company.country', median(() => fieldValues(ws, { entity: 'leads', field: 'company.country' }))],
    ['segments.values title, search "vp"', median(() => fieldValues(ws, { entity: 'leads', field: 'title', search: 'vp' }))],
    ['segments.count company.industry = Retail', median(() => countMatches(ws, { entity: 'leads', where: ['company.industry = Retail'] }))],
    ['segments.count company.industry = Retial (did you mean)', median(() => countMatches(ws, { entity: 'leads', where: ['company.industry = Retial'] }))],
  ];
  const typo = countMatches(ws, { entity: 'leads', where: ['company.industry = Retial'] });
  console.log(`Segment builder on ${leads.toLocaleString('en-US')} synthetic leads (median of ${RUNS} runs)`);
  for (const [what, ms] of rows) console.log(`  ${what.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log(`  "company.industry = Retial" answers: ${JSON.stringify(typo.suggestions.map((s) => s.replacement))}`);
} finally {
  ws.cleanup();
}
