/**
 * The command line calls the same services as the window, never db/ (issue 10):
 * no file under src-main/cli imports a module under src-main/db, not even its
 * types. A small check of import lines; the project-wide boundaries are
 * test/unit/architecture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'src-main/cli');
const DB = join(ROOT, 'src-main/db');

/** `from '…'`, `import '…'` and `import('…')`: every way a module names another. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The db/ modules a source text imports, as paths from the repository root. */
function dbImports(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)]
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s))
    .filter((target) => target === DB || target.startsWith(DB + '/'))
    .map((target) => relative(ROOT, target));
}

describe('the command line', () => {
  it('imports nothing from src-main/db', () => {
    const found = tsFiles(CLI).flatMap((file) => dbImports(file, readFileSync(file, 'utf8')).map((target) => `${relative(ROOT, file)} → ${target}`));
    expect(found).toEqual([]);
  });

  it('is checked by a rule that sees type-only, re-exported and dynamic imports of db/', () => {
    const file = join(CLI, 'commands/example.ts');
    const text = [
      "import type { Workspace } from '../../db/workspace';",
      "export { listBatches } from '../../db/queries/import-batches';",
      "const stats = await import('../../db/queries/stats');",
      "import { withWorkspace } from '../session';",
    ].join('\n');
    expect(dbImports(file, text)).toEqual(['src-main/db/workspace', 'src-main/db/queries/import-batches', 'src-main/db/queries/stats']);
  });
});
