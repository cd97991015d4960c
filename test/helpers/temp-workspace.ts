import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace, type Workspace } from '../../src-main/db/workspace';

/** A temp folder that is removed by `cleanup()`; one per test keeps tests independent. */
export function tempDir(prefix = 'lookalike-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempWorkspace(): Workspace & { dir: string; cleanup(): void } {
  const t = tempDir();
  const ws = openWorkspace(join(t.dir, 'workspace.db'));
  return Object.assign(ws, {
    dir: t.dir,
    cleanup() {
      ws.close();
      t.cleanup();
    },
  });
}

/** The shared datasets (read-only), beside the repository: `../shared/data` from its root, wherever it is checked out. */
export const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
