/**
 * `npm run bench:import`: how fast the importer loads a large CRM export, and
 * how much memory it needs, compared with the sqlite3 shell's `.import`.
 *
 *   npm run bench:import -- [--rows 1000000] [--seed N] [--keep] [--cli PATH]
 *
 * Steps: generate (or reuse) a HubSpot-like contacts file; import it into a
 * fresh temp workspace with the project CLI (`import FILE --db PATH --json`)
 * in a child process; import the same file again into the same workspace
 * (every row unchanged); load it with `sqlite3 .import` into a plain table.
 *
 * Why a child process per run: peak RSS is a per-process high-water mark, so
 * only a fresh process gives the import's own figure, not the generator's or
 * an earlier run's. Wall time therefore includes starting Node and tsx; the
 * "process start" line measures that overhead on its own, and "in-process" is
 * the importer's own durationMs from its JSON answer. Rates and the sqlite3
 * ratio use wall time, as the sqlite3 figure does.
 *
 * A benchmark prints figures and PASS/MISS against the targets; it does not
 * assert. It exits non-zero only when a run fails outright.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_ROWS, DEFAULT_SEED, ensureCrmCsv, parseCount } from './generate-crm-csv';
import { count, megabytes, mbPerSecond, MB, perSecond, seconds, table, verdict } from './lib/format';
import { nodeScriptArgs, runMeasured, type MeasuredRun } from './lib/run-measured';
import { findSqlite3, sqlite3ImportCsv, sqlite3Query, sqlite3Version } from './lib/sqlite3-cli';
import { describeMachine } from './lib/system-info';
import { createTempDir } from './lib/temp-dir';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_CLI = 'src-main/cli/main.ts';

/** Targets from the project brief. */
const MAX_RATIO_TO_SQLITE3 = 2;
const MAX_PEAK_RSS_BYTES = 500 * MB;

/** The part of the CLI's `--json` answer this benchmark reads; other fields are ignored. */
const importAnswer = z.object({
  imported: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  batchId: z.number().nullable().optional(),
  /** The importer's own timing, without process start; absent from older CLIs. */
  durationMs: z.number().optional(),
});
type ImportAnswer = z.infer<typeof importAnswer>;

interface ImportRun {
  label: string;
  run: MeasuredRun;
  answer: ImportAnswer;
}

/** The CLI may log before its JSON; the answer is the last line that parses as a JSON object. */
function parseAnswer(stdout: string): ImportAnswer {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.trim().startsWith('{')) continue;
    try {
      return importAnswer.parse(JSON.parse(line));
    } catch {
      // keep looking
    }
  }
  return importAnswer.parse(JSON.parse(stdout));
}

function failure(label: string, run: MeasuredRun): Error {
  const tail = (run.stderr.trim() || run.stdout.trim()).split('\n').slice(-20).join('\n');
  return new Error(`${label} failed (exit ${run.exitCode ?? run.signal}):\n${tail}`);
}

async function runImport(label: string, cli: string, csvPath: string, dbPath: string): Promise<ImportRun> {
  const run = await runMeasured(process.execPath, nodeScriptArgs(cli, ['import', csvPath, '--db', dbPath, '--json']), {
    cwd: REPO_ROOT,
  });
  if (run.exitCode !== 0) throw failure(label, run);
  try {
    return { label, run, answer: parseAnswer(run.stdout) };
  } catch (error) {
    throw new Error(`${label}: could not read the CLI's JSON answer (${String(error)}):\n${run.stdout.slice(-2000)}`);
  }
}

const rss = (run: MeasuredRun): string => (run.peakRssBytes === null ? '?' : megabytes(run.peakRssBytes));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      cli: { type: 'string' },
    },
  });
  const rows = parseCount(values.rows, DEFAULT_ROWS, '--rows');
  const seed = values.seed === undefined ? DEFAULT_SEED : parseCount(values.seed, DEFAULT_SEED, '--seed');
  const cli = resolve(REPO_ROOT, values.cli ?? DEFAULT_CLI);

  console.log('Import benchmark');
  console.log(`  machine  ${describeMachine()}`);
  const csv = await ensureCrmCsv({ rows, seed });
  console.log(
    `  file     ${relative(REPO_ROOT, csv.path)} (${csv.reused ? 'reused' : `generated in ${seconds(csv.seconds)}`})\n` +
      `           ${count(rows)} rows, ${megabytes(csv.bytes)}, ${csv.avgBytesPerRow.toFixed(1)} bytes/row`,
  );

  const workspace = await createTempDir('lookalike-bench-import-');
  try {
    const dbPath = join(workspace.path, 'workspace.db');
    console.log(`  importer ${relative(REPO_ROOT, cli)} import FILE --db ${dbPath} --json\n`);

    // Baseline: what starting Node with tsx costs before the CLI does any work.
    const startup = await runMeasured(process.execPath, nodeScriptArgs(fileURLToPath(new URL('./lib/noop.ts', import.meta.url))), {
      cwd: REPO_ROOT,
    });
    const fresh = await runImport('first import (fresh workspace)', cli, csv.path, dbPath);
    const again = await runImport('re-import (all unchanged)', cli, csv.path, dbPath);

    const sqlite3 = findSqlite3();
    let reference: MeasuredRun | null = null;
    let referenceRows: string | null = null;
    if (sqlite3) {
      const plainDb = join(workspace.path, 'sqlite3-plain.db');
      reference = await sqlite3ImportCsv(sqlite3, plainDb, csv.path);
      if (reference.exitCode !== 0) throw failure('sqlite3 .import', reference);
      referenceRows = sqlite3Query(sqlite3, plainDb, 'SELECT count(*) FROM t;');
    }

    const importRow = ({ label, run, answer }: ImportRun): string[] => [
      label,
      seconds(run.seconds),
      answer.durationMs === undefined ? '?' : seconds(answer.durationMs / 1000),
      perSecond(rows, run.seconds),
      mbPerSecond(csv.bytes, run.seconds),
      rss(run),
      count(answer.imported),
      count(answer.updated),
      count(answer.unchanged),
      count(answer.rejected),
    ];
    const tableRows = [importRow(fresh), importRow(again)];
    if (reference) {
      tableRows.push([
        `sqlite3 ${sqlite3Version(sqlite3 as string)} .import (plain table)`,
        seconds(reference.seconds),
        '',
        perSecond(rows, reference.seconds),
        mbPerSecond(csv.bytes, reference.seconds),
        rss(reference),
        count(Number(referenceRows)),
        '',
        '',
        '',
      ]);
    }
    tableRows.push(['process start (node + tsx, no work)', seconds(startup.seconds), '', '', '', rss(startup), '', '', '', '']);
    console.log(
      table(['run', 'wall time', 'in-process', 'rows/s', 'MB/s', 'peak RSS', 'imported', 'updated', 'unchanged', 'rejected'], tableRows),
    );

    const ratio = reference ? fresh.run.seconds / reference.seconds : null;
    const reRatio = reference ? again.run.seconds / reference.seconds : null;
    const peaks = [fresh.run.peakRssBytes, again.run.peakRssBytes].filter((b): b is number => b !== null);
    const peak = peaks.length === 2 ? Math.max(...peaks) : null;
    console.log('\n  targets');
    console.log(
      table(
        ['target', 'measured', 'verdict'],
        [
          [
            `first import ≤ ${MAX_RATIO_TO_SQLITE3}× sqlite3 .import`,
            ratio === null ? 'sqlite3 not on PATH' : `${ratio.toFixed(2)}×`,
            verdict(ratio === null ? null : ratio <= MAX_RATIO_TO_SQLITE3),
          ],
          [
            `re-import ≤ ${MAX_RATIO_TO_SQLITE3}× sqlite3 .import`,
            reRatio === null ? 'sqlite3 not on PATH' : `${reRatio.toFixed(2)}×`,
            verdict(reRatio === null ? null : reRatio <= MAX_RATIO_TO_SQLITE3),
          ],
          [
            `peak RSS < ${megabytes(MAX_PEAK_RSS_BYTES)} (both imports)`,
            peak === null ? 'not measured' : megabytes(peak),
            verdict(peak === null ? null : peak < MAX_PEAK_RSS_BYTES),
          ],
        ],
        '    ',
      ),
    );
    console.log(`\n  peak RSS source: ${fresh.run.peakRssSource ?? 'none'}; 1 MB = 10^6 bytes`);
    if (values.keep) console.log(`  kept workspace: ${workspace.path}`);
  } finally {
    if (!values.keep) await workspace.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
