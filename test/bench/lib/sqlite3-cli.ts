/**
 * The sqlite3 command-line shell as a reference point: `.import` into a plain
 * table (no types, no indexes, no validation) is about the fastest way to get
 * a CSV into SQLite, so benchmarks state their import speed as a multiple of it.
 */
import { spawnSync } from 'node:child_process';
import { findExecutable, runMeasured, type MeasuredRun } from './run-measured';

export function findSqlite3(): string | null {
  return findExecutable('sqlite3');
}

/** Dot-command argument quoting: the shell un-escapes backslashes inside double quotes. */
function dotArg(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Loads csvPath into a new table (columns named by the header row) of a fresh dbPath, measured. */
export function sqlite3ImportCsv(sqlite3: string, dbPath: string, csvPath: string, table = 't'): Promise<MeasuredRun> {
  return runMeasured(sqlite3, ['-bail', dbPath], { input: `.mode csv\n.import ${dotArg(csvPath)} ${table}\n` });
}

/** Runs one statement and returns its output, for sanity checks after a measured run (not timed). */
export function sqlite3Query(sqlite3: string, dbPath: string, sql: string): string {
  const result = spawnSync(sqlite3, ['-bail', dbPath, sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

export function sqlite3Version(sqlite3: string): string {
  return spawnSync(sqlite3, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ')[0] ?? 'unknown';
}
