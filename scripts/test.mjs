#!/usr/bin/env node
/**
 * `npm test`: builds the app (the browser tests load the built renderer), runs
 * every vitest suite, and ends with the totals on a line of their own —
 * "N passed, N failed" — so a run that tested nothing is visible to CI.
 * Extra arguments go to vitest (e.g. `npm test -- test/unit`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = process.env;
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (!process.argv.includes('--no-build')) {
  if (run('npx', ['electron-vite', 'build']) !== 0) {
    console.log('build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const reportDir = join(root, 'test-results');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest.json');
rmSync(report, { force: true });
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);

let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (r.numPendingTests || r.numTodoTests) console.log(`note: ${r.numPendingTests + r.numTodoTests} tests skipped or todo`);
} catch {
  failed = Math.max(1, failed);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
