/**
 * How fast the streaming CSV reader parses a big CRM export, next to plain
 * papaparse on the same file (the speed we aim to stay close to).
 *
 *   npx tsx test/bench/csv-parse.bench.ts [--rows 1000000] [--runs 3] [--read-only]
 *
 * The file is the seeded HubSpot-like export of generate-crm-csv.ts, kept in
 * `lookalike-bench/` in the temp folder and generated only when absent. Each measurement runs
 * in a fresh child process so peak RSS belongs to that parser alone; runs of
 * the two parsers alternate so background load hits both alike. The best run
 * of each is printed (the least disturbed by other processes on the machine).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { openCsv } from '../../src-main/csv/index';
import { DEFAULT_SEED, ensureCrmCsv, parseCount } from './generate-crm-csv';

const BENCH_DIR = join(tmpdir(), 'lookalike-bench');
type Mode = 'reader' | 'papaparse';

interface Measurement {
  mode: Mode;
  rows: number;
  rejected: number;
  seconds: number;
  /** CPU time (user + system) of the child: steadier than wall time when other processes share the cores. */
  cpuSeconds: number;
  peakRssMb: number;
}

function resources(): { cpuSeconds: number; peakRssMb: number } {
  const usage = process.resourceUsage();
  return { cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakRssMb: usage.maxRSS / 1024 };
}

async function measureReader(path: string): Promise<Omit<Measurement, 'mode'>> {
  const started = performance.now();
  const source = await openCsv(path);
  let rows = 0;
  let rejected = 0;
  for await (const chunk of source.chunks()) {
    rows += chunk.rows.length;
    rejected += chunk.rejected.length;
  }
  return { rows, rejected, seconds: (performance.now() - started) / 1000, ...resources() };
}

async function measurePapaparse(path: string): Promise<Omit<Measurement, 'mode'>> {
  const started = performance.now();
  let rows = 0;
  await new Promise<void>((done, fail) => {
    Papa.parse(createReadStream(path), {
      chunk: (result) => {
        rows += result.data.length;
      },
      complete: () => done(),
      error: (e: Error) => fail(e),
    });
  });
  // papaparse counts the header as a row; the reader does not.
  return { rows: rows - 1, rejected: 0, seconds: (performance.now() - started) / 1000, ...resources() };
}

function runChild(mode: Mode, path: string): Measurement {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', mode, '--file', path], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${mode} run failed:\n${child.stderr}`);
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return { mode, ...(JSON.parse(lastLine) as Omit<Measurement, 'mode'>) };
}

function line(m: Measurement): string {
  const rate = Math.round(m.rows / m.seconds).toLocaleString('en-US');
  return `${m.mode.padEnd(10)} ${m.seconds.toFixed(2)} s (cpu ${m.cpuSeconds.toFixed(2)} s)  ${rate.padStart(10)} rows/s  peak RSS ${m.peakRssMb.toFixed(0)} MB  (${m.rows.toLocaleString('en-US')} rows, ${m.rejected} rejected)`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      runs: { type: 'string' },
      child: { type: 'string' },
      file: { type: 'string' },
      'read-only': { type: 'boolean', default: false },
    },
  });
  if (values.child) {
    const path = resolve(values.file ?? '');
    const result = values.child === 'reader' ? await measureReader(path) : await measurePapaparse(path);
    console.log(JSON.stringify(result));
    return;
  }
  const rows = parseCount(values.rows, 1_000_000, '--rows');
  const runs = parseCount(values.runs, 3, '--runs');
  const csv = await ensureCrmCsv({ rows, seed: DEFAULT_SEED, outPath: join(BENCH_DIR, `hubspot-contacts-${rows}rows-seed${DEFAULT_SEED}.csv`) });
  console.log(`${csv.reused ? 'using' : 'generated'} ${csv.path}: ${(csv.bytes / 1_048_576).toFixed(0)} MB, ${csv.avgBytesPerRow.toFixed(0)} bytes/row`);
  const modes: Mode[] = values['read-only'] ? ['reader'] : ['reader', 'papaparse'];
  const all: Measurement[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const mode of run % 2 === 1 ? modes : [...modes].reverse()) {
      const m = runChild(mode, csv.path);
      all.push(m);
      console.log(`run ${run}  ${line(m)}`);
    }
  }
  console.log('best:');
  for (const mode of modes) {
    const best = all.filter((m) => m.mode === mode).sort((a, b) => a.seconds - b.seconds)[0];
    if (best) console.log(`  ${line(best)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
