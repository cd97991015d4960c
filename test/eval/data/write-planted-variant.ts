/**
 * Writes planted-persona files with another seed and, optionally, another persona, to check a ranking
 * change improves the method rather than the fit to the default file:
 *
 *   npx tsx test/eval/data/write-planted-variant.ts --out DIR [--rows 10000] [--seed 7] [--persona default|finance-marketing|health-ops]
 *
 * Writes DIR/planted-{hubspot,salesforce}.csv and .truth.json, as write-eval-data.ts does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PERSONA, generatePlantedPersonaCsv, type PersonaSpec } from './planted-persona';

const PERSONAS: Record<string, PersonaSpec> = {
  default: DEFAULT_PERSONA,
  // Marketing directors and managers at mid-sized banks and insurers in North America.
  'finance-marketing': {
    seniorities: ['director', 'manager'],
    roleFamilies: ['marketing'],
    industries: ['Financial Services', 'Banking', 'Insurance'],
    employees: { min: 50, max: 499 },
    countries: ['United States', 'Canada'],
  },
  // Operations and finance heads at larger hospitals and pharma companies in southern/western Europe.
  'health-ops': {
    seniorities: ['director', 'head'],
    roleFamilies: ['operations', 'finance'],
    industries: ['Hospital & Health Care', 'Pharmaceuticals'],
    employees: { min: 1000, max: 60000 },
    countries: ['France', 'Spain', 'Italy', 'Switzerland'],
  },
};

const { values } = parseArgs({ options: { out: { type: 'string' }, rows: { type: 'string' }, seed: { type: 'string' }, persona: { type: 'string' } } });
if (!values.out) throw new Error('--out DIR is required');
const out = resolve(values.out);
const rows = Number(values.rows ?? 10_000);
const seed = Number(values.seed ?? 7);
const persona = PERSONAS[values.persona ?? 'default'];
if (!persona) throw new Error(`unknown persona; one of ${Object.keys(PERSONAS).join(', ')}`);
mkdirSync(out, { recursive: true });
for (const crm of ['hubspot', 'salesforce'] as const) {
  const r = generatePlantedPersonaCsv({ rows, seed, crm, persona });
  writeFileSync(join(out, `planted-${crm}.csv`), r.csv);
  writeFileSync(join(out, `planted-${crm}.truth.json`), JSON.stringify({ persona: [...r.personaRecordIds], won: [...r.wonRecordIds], lost: [...r.lostRecordIds], decoys: [...r.decoyRecordIds] }));
  console.log(`${out}/planted-${crm}.csv: ${rows} rows, ${r.personaRecordIds.size} persona, ${r.wonRecordIds.size} won`);
}
