/**
 * `npm run bench:import-memory`: does an import's memory stay flat as the
 * file grows? Peak RSS of the same imports at two sizes (issue 9, defect 10:
 * 157 / 226 / 304 MB at 36k / 300k / 1M rows; the bar is the largest size at
 * most 1.1 × the smallest).
 *
 *   npm run bench:import-memory -- [--rows 100000,1000000] [--seed N]
 *
 * For each size, into a fresh temp workspace, with the project CLI in a
 * child process (peak RSS is a per-process high-water mark): a first import
 * of the generated HubSpot-like contacts file, the same file again (every
 * row found by its record id, unchanged), and the file with its key columns
 * ignored into another workspace, so every row is keyed by its content (the
 * path that counted repeated rows in a Map).
 *
 * A benchmark prints figures and PASS/MISS; it does not assert. It exits
 * non-zero only when a run fails outright.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, ensureCrmCsv, parseCount } from './generate-crm-csv';
import { count, megabytes, seconds, table, verdict } from './lib/format';
import { nodeScriptArgs, runMeasured, type MeasuredRun } from './lib/run-measured';
import { describeMachine } from './lib/system-info';
import { createTempDir } from './lib/temp-dir';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(REPO_ROOT, 'src-main/cli/main.ts');
const DEFAULT_SIZES = [100_000, 1_000_000];
/** The bar from the issue: peak RSS at the largest size ≤ this × the smallest's. */
const MAX_GROWTH = 1.1;

interface RunKind {
  label: string;
  /** Workspace the run imports into (runs sharing one see each other's rows). */
  workspace: 'keyed' | 'keyless';
  extraArgs: string[];
}

const RUNS: readonly RunKind[] = [
  { label: 'first import', workspace: 'keyed', extraArgs: [] },
  { label: 're-import (unchanged)', workspace: 'keyed', extraArgs: [] },
  {
    label: 'key-less rows (content hash)',
    workspace: 'keyless',
    extraArgs: ['--map', 'Record ID=-', '--map', 'Email=-', '--map', 'Company Name=-'],
  },
];

async function importOnce(csv: string, db: string, extraArgs: string[]): Promise<MeasuredRun> {
  const run = await runMeasured(process.execPath, nodeScriptArgs(CLI, ['import', csv, '--db', db, '--json', ...extraArgs]), { cwd: REPO_ROOT });
  if (run.exitCode !== 0 || run.peakRssBytes === null) {
    const tail = (run.stderr.trim() || run.stdout.trim()).split('\n').slice(-20).join('\n');
    throw new Error(`import of ${csv} failed or reported no peak RSS (exit ${run.exitCode ?? run.signal}):\n${tail}`);
  }
  return run;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, seed: { type: 'string' } } });
  const sizes = values.rows ? values.rows.split(',').map((r) => parseCount(r.trim(), 0, '--rows')) : DEFAULT_SIZES;
  const seed = values.seed === undefined ? DEFAULT_SEED : parseCount(values.seed, DEFAULT_SEED, '--seed');
  sizes.sort((a, b) => a - b);

  console.log('Import memory benchmark');
  console.log(`  machine  ${describeMachine()}\n`);
  const peaks = new Map<string, number[]>(RUNS.map((r) => [r.label, []]));
  const rows: string[][] = [];
  for (const size of sizes) {
    const csv = await ensureCrmCsv({ rows: size, seed });
    const dir = await createTempDir('lookalike-bench-memory-');
    try {
      for (const kind of RUNS) {
        const run = await importOnce(csv.path, join(dir.path, `${kind.workspace}.db`), kind.extraArgs);
        peaks.get(kind.label)!.push(run.peakRssBytes!);
        rows.push([count(size), kind.label, seconds(run.seconds), megabytes(run.peakRssBytes!)]);
      }
    } finally {
      await dir.remove();
    }
  }
  console.log(table(['rows', 'run', 'wall time', 'peak RSS'], rows));

  if (sizes.length < 2) return;
  const [smallest, largest] = [sizes[0]!, sizes[sizes.length - 1]!];
  console.log(`\n  target: peak RSS at ${count(largest)} rows ≤ ${MAX_GROWTH} × at ${count(smallest)} rows`);
  console.log(
    table(
      ['run', `at ${count(smallest)}`, `at ${count(largest)}`, 'ratio', 'verdict'],
      RUNS.map(({ label }) => {
        const p = peaks.get(label)!;
        const ratio = p[p.length - 1]! / p[0]!;
        return [label, megabytes(p[0]!), megabytes(p[p.length - 1]!), `${ratio.toFixed(2)}×`, verdict(ratio <= MAX_GROWTH)];
      }),
      '    ',
    ),
  );
  console.log('\n  peak RSS from GNU time when installed, else the child\'s own getrusage; 1 MB = 10^6 bytes');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
