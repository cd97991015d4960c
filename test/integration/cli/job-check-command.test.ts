/**
 * `job check` on a generated HubSpot export whose deal stage and lifecycle
 * stage record the outcome: both are named as suspected leaks with the
 * command that leaves them out, and `job show` prints the job's own check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedDiagnosticsDto } from '../../../src-main/contract/dto';
import { generatePlantedPersonaCsv } from '../../eval/data/planted-persona';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';

let t: ReturnType<typeof tempDir>;
let db: string;
const run = (...args: string[]) => cli([...args, '--db', db], t.dir);

beforeAll(async () => {
  t = tempDir();
  db = join(t.dir, 'ws.db');
  const file = join(t.dir, 'hubspot-contacts.csv');
  writeFileSync(file, generatePlantedPersonaCsv({ rows: 4000, seed: 5 }).csv);
  expect((await run('import', file)).code).toBe(0);
  expect((await run('segment', 'create', '--name', 'won', '--where', 'outcome = won')).code).toBe(0);
}, 120_000);
afterAll(() => t.cleanup());

describe('lookalike job check', () => {
  it('names the columns that record the outcome, and the command that leaves them out', async () => {
    const json = await run('job', 'check', '--source', 'segment:1', '--json');
    expect(json.code, json.stderr).toBe(0);
    const d = JSON.parse(json.stdout) as SeedDiagnosticsDto;
    const keys = d.leaks.map((l) => l.key);
    expect(keys).toContain('Associated Deal Stage');
    expect(keys).toContain('Lifecycle Stage');
    // Nothing about the persona itself (title, industry, size, country) is taken for a leak.
    for (const honest of ['title', 'industry', 'employees', 'country', 'Time Zone']) expect(keys).not.toContain(honest);

    const text = await run('job', 'check', '--source', 'segment:1');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Examples: [\d,]+, cohesion 0\.\d\d/);
    expect(text.stdout).toContain('Suspected outcome leaks');
    expect(text.stdout).toMatch(/Leave them out: npm run --silent lookalike -- job run --source segment:1 .*--ignore-field "Associated Deal Stage"/);

    const without = JSON.parse((await run('job', 'check', '--source', 'segment:1', ...keys.flatMap((k) => ['--ignore-field', k]), '--json')).stdout) as SeedDiagnosticsDto;
    expect(without.leaks).toEqual([]);
  }, 120_000);

  it('prints the job’s own check in job show, with a rerun command', async () => {
    expect((await run('job', 'run', '--source', 'segment:1', '--max-results', '10', '--json')).code).toBe(0);
    const show = await run('job', 'show', '1', '--limit', '1');
    expect(show.stdout).toContain('Suspected outcome leaks');
    expect(show.stdout).toMatch(/job rerun 1 .*--ignore-field "Lifecycle Stage"/);
  }, 120_000);

  it('refuses a missing source as a usage error', async () => {
    expect((await run('job', 'check')).code).toBe(2);
  });
});
