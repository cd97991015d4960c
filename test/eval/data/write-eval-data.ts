/**
 * Writes the evaluation stand-ins to a directory:
 *
 *   npx tsx test/eval/data/write-eval-data.ts [--out DIR] [--rows 10000] [--seed 1]
 *
 * DIR defaults to `eval-data/` in the temp folder.
 *
 * Produces planted-hubspot.csv, planted-salesforce.csv, marketing.csv,
 * marketing-additional.csv, and planted-*.truth.json (persona/won/lost ids).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateMarketingResponseCsv } from './marketing-response';
import { generatePlantedPersonaCsv } from './planted-persona';

const { values } = parseArgs({
  options: { out: { type: 'string' }, rows: { type: 'string' }, seed: { type: 'string' } },
});
const out = resolve(values.out ?? join(tmpdir(), 'eval-data'));
const rows = Number(values.rows ?? 10_000);
const seed = Number(values.seed ?? 1);
mkdirSync(out, { recursive: true });

for (const crm of ['hubspot', 'salesforce'] as const) {
  const r = generatePlantedPersonaCsv({ rows, seed, crm });
  writeFileSync(join(out, `planted-${crm}.csv`), r.csv);
  writeFileSync(
    join(out, `planted-${crm}.truth.json`),
    JSON.stringify({ persona: [...r.personaRecordIds], won: [...r.wonRecordIds], lost: [...r.lostRecordIds], decoys: [...r.decoyRecordIds] }),
  );
  console.log(`planted-${crm}.csv: ${rows} rows, ${r.personaRecordIds.size} persona, ${r.wonRecordIds.size} won, ${r.lostRecordIds.size} lost`);
}
for (const variant of ['full', 'additional'] as const) {
  const r = generateMarketingResponseCsv({ rows, seed, variant });
  const name = variant === 'full' ? 'marketing.csv' : 'marketing-additional.csv';
  writeFileSync(join(out, name), r.csv);
  console.log(`${name}: ${rows} rows, ${r.labels.filter(Boolean).length} y=yes`);
}
