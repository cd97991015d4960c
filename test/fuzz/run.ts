/**
 * The deep tier of the import fuzzer:
 *
 *   npm run fuzz -- [--files 10000] [--seed 9] [--timeout 30] [--jobs N]   (defaults shown; --jobs: one per core)
 *   npm run fuzz -- --seed 9 --case 1851     (one case: its verdict, and the file kept to look at)
 *
 * Runs cases 0…files-1 of the seed (fuzz-cases.ts) over a few child
 * processes (fuzz-child.ts), each file with a hard time limit: a file still
 * running after --timeout seconds is a hang, its process is killed and a new
 * one takes its place. Prints the figures (files, crashes, hangs, silent row
 * losses, byte mismatches, integrity failures) and the first failures, each
 * named by case number so `--files` and `--seed` reproduce it. Exits 1 when
 * any promise was broken.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkImport, createTemplateWorkspace, type FileVerdict } from './check-import';
import type { CaseAnswer, CaseRequest } from './fuzz-child';
import { failureOf, figuresTable, isClean, tally } from './figures';
import { DEFAULT_SEED, fuzzCase } from './fuzz-cases';

const CHILD = fileURLToPath(new URL('./fuzz-child.ts', import.meta.url));
const SHOWN_FAILURES = 25;

function positiveInteger(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return n;
}

interface Slot {
  child: ChildProcess;
  index: number | null;
  timer: NodeJS.Timeout | null;
}

/** Runs one case in this process and keeps its file, to look at a failure. */
async function runOneCase(seed: number, index: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lookalike-fuzz-case-'));
  const file = fuzzCase(seed, index);
  const kept = join(dir, 'mutated.csv');
  writeFileSync(kept, file.bytes);
  const verdict = await checkImport(file, createTemplateWorkspace(dir), dir, 'case');
  console.log(JSON.stringify(verdict, null, 2));
  console.log(`\n${failureOf(verdict) ?? 'no broken promise'}\nthe file: ${kept}`);
  process.exitCode = failureOf(verdict) === null ? 0 : 1;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string' },
      seed: { type: 'string' },
      timeout: { type: 'string' },
      jobs: { type: 'string' },
      case: { type: 'string' },
    },
  });
  const files = positiveInteger(values.files, 10_000, '--files');
  const seed = positiveInteger(values.seed, DEFAULT_SEED, '--seed');
  if (values.case !== undefined) return runOneCase(seed, positiveInteger(values.case, 0, '--case'));
  const timeoutMs = positiveInteger(values.timeout, 30, '--timeout') * 1000;
  const jobs = Math.max(1, positiveInteger(values.jobs, availableParallelism(), '--jobs'));
  const started = performance.now();
  const verdicts: FileVerdict[] = [];
  const hangs: string[] = [];
  let next = 0;
  let done = 0;
  let lastShown = 0;

  await new Promise<void>((finish) => {
    const progress = () => {
      done++;
      const now = performance.now();
      if (process.stderr.isTTY && now - lastShown > 500) {
        lastShown = now;
        process.stderr.write(`\r${done}/${files} files`);
      }
      if (done === files) finish();
    };
    const feed = (slot: Slot): void => {
      if (next >= files) {
        slot.child.disconnect();
        return;
      }
      const index = next++;
      slot.index = index;
      slot.timer = setTimeout(() => {
        hangs.push(`#${index}: still running after ${timeoutMs / 1000} s`);
        slot.child.kill('SIGKILL');
      }, timeoutMs);
      slot.child.send({ seed, index } satisfies CaseRequest);
    };
    const start = (): void => {
      const dir = mkdtempSync(join(tmpdir(), 'lookalike-fuzz-'));
      const slot: Slot = { child: fork(CHILD, [dir], { execArgv: process.execArgv }), index: null, timer: null };
      slot.child.on('message', (message: CaseAnswer | 'ready') => {
        if (message !== 'ready') {
          clearTimeout(slot.timer ?? undefined);
          slot.index = null;
          verdicts.push(message.verdict);
          progress();
        }
        feed(slot);
      });
      slot.child.on('exit', (code, signal) => {
        clearTimeout(slot.timer ?? undefined);
        rmSync(dir, { recursive: true, force: true });
        if (slot.index === null) return;
        // Killed for a hang, or died on its own (a native crash): count the file, carry on in a fresh process.
        if (signal !== 'SIGKILL') hangs.push(`#${slot.index}: the importing process died (${signal ?? `exit ${code}`})`);
        slot.index = null;
        progress();
        if (next < files) start();
      });
    };
    for (let i = 0; i < Math.min(jobs, files); i++) start();
    if (files === 0) finish();
  });

  const figures = tally(verdicts, hangs.length);
  if (process.stderr.isTTY) process.stderr.write('\r');
  console.log(`import fuzzer, seed ${seed}, ${files} files, ${jobs} processes, ${timeoutMs / 1000} s per file\n`);
  console.log(figuresTable(figures, (performance.now() - started) / 1000));
  const failures = [
    ...hangs,
    ...verdicts
      .sort((a, b) => Number(a.name.slice(1).split(' ')[0]) - Number(b.name.slice(1).split(' ')[0]))
      .flatMap((v) => {
        const failure = failureOf(v);
        return failure === null ? [] : [`${v.name}: ${failure}`];
      }),
  ];
  if (failures.length > 0) {
    console.log(`\nfailures (first ${Math.min(SHOWN_FAILURES, failures.length)} of ${failures.length}):`);
    for (const f of failures.slice(0, SHOWN_FAILURES)) console.log(`  ${f}`);
  }
  process.exitCode = isClean(figures) ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
