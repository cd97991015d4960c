/**
 * Where the browser journeys leave their screenshots: `test-results/` in the
 * repository (ignored by git), whatever folder the tests were started from.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));

/** The path for an artifact named `name` (e.g. "candidates.png"), its folder made. */
export function artifactPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}
