/**
 * The command line as a separate process, for tests that kill it, stop it or
 * run it beside another writer. The child is `node --import tsx main.ts`
 * itself (not the tsx or npm wrapper, which would fork again), so its pid is
 * the process that holds the workspace: SIGSTOP freezes it holding its locks,
 * SIGKILL is a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { runCli } from '../../src-main/cli/main';
import type { CliIo } from '../../src-main/cli/context';
import type { CliRun } from './run-cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const MAIN = new URL('../../src-main/cli/main.ts', import.meta.url).pathname;
/** tsx's loader by URL: a bare `--import tsx` would be looked up from the child's working folder. */
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

export interface CliProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  signal(sig: NodeJS.Signals): void;
}

export function spawnCli(args: string[], cwd = ROOT): CliProcess {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (t: string) => (out += t));
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (err += t));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    signal: (sig) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    },
  };
}

/** The command line in this process (like run-cli's `cli`), its stderr readable while it runs: a test acts once it says it waits. */
export function cliWatched(args: string[], cwd: string): { done: Promise<CliRun>; stderr(): string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (stderr += t.endsWith('\n') ? t : t + '\n'),
    cwd,
    interactive: false,
  };
  return { done: runCli(args, io).then((code) => ({ code, stdout, stderr })), stderr: () => stderr };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every `everyMs` until it returns a value other than null/false; fails after `timeoutMs` (generous: a loaded machine starts processes slowly). */
export async function waitUntil<T>(what: string, check: () => T | null | false, timeoutMs = 60_000, everyMs = 5): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== null && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(everyMs);
  }
}

/** Whether another connection holds the workspace's write lock now (a probe that never waits). */
export function writeLocked(dbPath: string): boolean {
  const db = new Database(dbPath, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (e) {
    // SQLITE_BUSY or one of its extended codes (BUSY_RECOVERY while the other process's WAL is being
    // recovered, BUSY_SNAPSHOT): each says another connection holds the workspace.
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw e;
  } finally {
    db.close();
  }
}

/**
 * Freezes an importing process (SIGSTOP) inside its import's transaction, so
 * it holds the workspace for as long as the test needs; SIGCONT lets it go
 * on, SIGKILL is a crash mid-import. Checked after freezing, since the
 * import may have committed or not yet noted itself (the `-writer` note of
 * db/workspace-writers.ts, written just after it takes the lock) at the
 * moment the lock was seen.
 */
/** Whether the import's note of what it writes is there and whole (it is written by a rename). */
function writerNoted(dbPath: string): boolean {
  try {
    return typeof (JSON.parse(readFileSync(`${dbPath}-writer`, 'utf8')) as { what?: unknown }).what === 'string';
  } catch {
    return false;
  }
}

export async function freezeInsideImport(proc: CliProcess, dbPath: string): Promise<void> {
  for (;;) {
    await waitUntil('the import holds the workspace', () => writeLocked(dbPath) || proc.child.exitCode !== null);
    if (proc.child.exitCode !== null) throw new Error(`the import ended before it could be frozen: ${proc.stderr()}`);
    proc.signal('SIGSTOP');
    await sleep(20);
    if (writeLocked(dbPath) && writerNoted(dbPath)) return;
    proc.signal('SIGCONT');
    await sleep(5);
  }
}

/** One query on a fresh read-only connection (the test's view of the file, as a user's next command sees it). */
export function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function integrityCheck(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
