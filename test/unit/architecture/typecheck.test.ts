/**
 * `npm test` runs the type checker over both halves (tsconfig.node.json:
 * main, workers, model, tests; tsconfig.web.json: the renderer), so CI
 * refuses what `npm run typecheck` refuses. The code runs through tsx and
 * Vite, which strip types without checking them: a missing type import
 * (`Outcome` in the segments queries) once sat unnoticed for a session.
 *
 * Electron is an optional dependency: where its package could not be
 * installed, the thin shell that imports it (src-main/shell, the preload)
 * cannot be checked, and only there are errors allowed.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');

function electronInstalled(): boolean {
  try {
    require.resolve('electron/electron.d.ts', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** The errors `tsc --noEmit -p CONFIG` prints, one line each. */
async function typeErrors(config: string): Promise<string[]> {
  const run = await promisify(execFile)(process.execPath, [TSC, '--noEmit', '-p', config], { cwd: ROOT, maxBuffer: 16 << 20 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  );
  return run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
}

const SHELL = /^src-main\/(shell|preload)\//;

describe('the type checker', () => {
  it.each(['tsconfig.node.json', 'tsconfig.web.json'])('finds no errors in %s', async (config) => {
    const errors = await typeErrors(config);
    const counted = electronInstalled() ? errors : errors.filter((line) => !SHELL.test(line));
    expect(counted).toEqual([]);
  });
});
