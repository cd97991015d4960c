/**
 * Each worker has two entries: its TypeScript module, which the build bundles,
 * and a bootstrap (.mjs) that loads it through tsx when running from source
 * (tests, the web host from a checkout). The bootstrap lists the tasks by hand
 * (an ES module cannot re-export a dynamic import's names), so a task added to
 * the module and not to the bootstrap works in the packaged app and fails,
 * "No handler function exported", from source. This holds the two lists equal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORKERS = [
  { module: 'src-workers/worker.ts', bootstrap: 'src-workers/bootstrap.mjs' },
  { module: 'src-main/jobs/job-worker.ts', bootstrap: 'src-main/jobs/job-worker.bootstrap.mjs' },
  { module: 'src-main/services/read-worker.ts', bootstrap: 'src-main/services/read-worker.bootstrap.mjs' },
  // The tests' stand-in for the compute worker that holds a job: a task it lacks fails every job that reaches it.
  { module: 'src-workers/worker.ts', bootstrap: 'test/fixtures/workers/gated-worker.mjs' },
];

const root = new URL('../../../', import.meta.url);
/** The names a file exports as tasks: `export const NAME` and `export (async) function NAME`. */
function exportedNames(path: string): string[] {
  const text = readFileSync(new URL(path, root), 'utf8');
  return [...text.matchAll(/^export (?:const|(?:async )?function) (\w+)/gm)].map((m) => m[1]!).sort();
}

describe("a worker's bootstrap", () => {
  it.each(WORKERS)('$bootstrap exports every task $module does, and no other', ({ module, bootstrap }) => {
    const tasks = exportedNames(module);
    expect(tasks.length).toBeGreaterThan(2);
    expect(exportedNames(bootstrap)).toEqual(tasks);
  });
});
