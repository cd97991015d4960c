/**
 * Runs a command as a child process and measures its wall time and peak RSS,
 * so a benchmark's memory figure is the measured work's own and not the
 * harness's. Peak RSS comes from GNU time (`time -f %M`, the program found on
 * PATH, not the shell keyword) when it is installed, otherwise from the
 * child's own report (see report-peak-rss.ts, Node children started with
 * nodeScriptArgs only). A `time` that is not GNU's (BSD's has no -f) counts
 * as absent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOnPath } from '../../helpers/executables';

export interface MeasuredRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Wall time from spawn to exit, measured by the parent. */
  seconds: number;
  /** Peak resident set size in bytes, or null when neither source produced it. */
  peakRssBytes: number | null;
  peakRssSource: 'gnu-time' | 'child-report' | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
}

const PEAK_RSS_HOOK = fileURLToPath(new URL('./report-peak-rss.ts', import.meta.url));

/** Absolute path of an executable found on PATH, or null. */
export function findExecutable(name: string): string | null {
  return findOnPath([name]);
}

let gnuTime: string | null | undefined;

/** GNU time's path, looked up once: the first `time` on PATH, if it is GNU's. */
function findGnuTime(): string | null {
  if (gnuTime === undefined) {
    const time = findExecutable('time');
    const version = time ? spawnSync(time, ['--version'], { encoding: 'utf8' }) : null;
    gnuTime = version && /GNU/.test(`${version.stdout}${version.stderr}`) ? time : null;
  }
  return gnuTime;
}

/**
 * Node arguments that run a TypeScript file through tsx with the peak-RSS
 * hook preloaded. tsx must come first so the hook (a .ts file) can load.
 */
export function nodeScriptArgs(script: string, args: readonly string[] = []): string[] {
  return ['--import', 'tsx', '--import', PEAK_RSS_HOOK, script, ...args];
}

/** GNU time writes "Command exited with non-zero status N" before the format line on failure, so take the last line. */
function parseGnuTimeKb(report: string): number | null {
  const last = report.trim().split('\n').pop() ?? '';
  const kb = Number(last.trim());
  return Number.isFinite(kb) && kb > 0 ? kb : null;
}

export async function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<MeasuredRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-measure-'));
  const timeReport = join(scratch, 'time.txt');
  const childReport = join(scratch, 'peak-rss.txt');
  const time = findGnuTime();
  const useGnuTime = time !== null;
  const [file, argv] = time ? [time, ['-f', '%M', '-o', timeReport, command, ...args]] : [command, [...args]];
  try {
    const startedAt = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), BENCH_PEAK_RSS_FILE: childReport },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.end(options.input ?? '');
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolvePromise, reject) => {
      child.once('error', reject);
      child.once('close', (code, sig) => resolvePromise([code, sig]));
    });
    const seconds = (performance.now() - startedAt) / 1000;

    const gnuKb = useGnuTime ? parseGnuTimeKb(await readFile(timeReport, 'utf8').catch(() => '')) : null;
    const reported = Number(await readFile(childReport, 'utf8').catch(() => ''));
    const peakRssBytes = gnuKb !== null ? gnuKb * 1024 : reported > 0 ? reported : null;
    return {
      exitCode,
      signal,
      seconds,
      peakRssBytes,
      peakRssSource: gnuKb !== null ? 'gnu-time' : reported > 0 ? 'child-report' : null,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
