/**
 * The floors' import rules (.dependency-cruiser.cjs, ARCHITECTURE.md) hold on
 * the source tree, and each rule refuses a violation planted in a small tree
 * of the same shape — so a rule that silently stopped matching fails here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string, folders: string[]): Violation[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, ...folders, '--config', CONFIG, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const described = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

describe('import boundaries', () => {
  it('the source tree keeps every floor rule and has no import circle', () => {
    expect(described(cruise(ROOT, ['src-main', 'src-model', 'src-workers', 'src-renderer/src']))).toEqual([]);
  });

  // Planted trees live inside the repository so node_modules (better-sqlite3, electron) resolve.
  const plantedRoot = mkdtempSync(join(ROOT, 'test-results', 'planted-'));
  afterAll(() => rmSync(plantedRoot, { recursive: true, force: true }));

  function plant(name: string, files: Record<string, string>): Violation[] {
    const dir = join(plantedRoot, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }));
    const folders = [...new Set(Object.keys(files).map((p) => p.split('/')[0]!))];
    return cruise(dir, folders);
  }

  const PLANTED: { rule: string; files: Record<string, string> }[] = [
    {
      rule: 'renderer-only-contract',
      files: {
        'src-renderer/src/view.ts': "import { openWorkspace } from '../../src-main/db/workspace';\nexport const x = openWorkspace;\n",
        'src-main/db/workspace.ts': 'export function openWorkspace() {}\n',
      },
    },
    {
      rule: 'no-circular',
      files: {
        'src-model/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'src-model/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      },
    },
    {
      rule: 'model-is-pure',
      files: { 'src-model/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n" },
    },
    {
      rule: 'workers-over-model-only',
      files: {
        'src-workers/worker.ts': "import { run } from '../src-main/services/run';\nexport const x = run;\n",
        'src-main/services/run.ts': 'export function run() {}\n',
      },
    },
    {
      rule: 'contract-is-types-and-validation',
      files: {
        'src-main/contract/api.ts': "import { start } from '../services/jobs';\nexport const x = start;\n",
        'src-main/services/jobs.ts': 'export function start() {}\n',
      },
    },
    {
      rule: 'sqlite-in-db-only',
      files: { 'src-main/engine/opens-sqlite.ts': "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n" },
    },
    {
      rule: 'db-from-work-floors-only',
      files: {
        'src-main/cli/commands/stats.ts': "import { stats } from '../../db/queries/stats';\nexport const x = stats;\n",
        'src-main/db/queries/stats.ts': 'export function stats() {}\n',
      },
    },
    {
      rule: 'electron-in-shell-only',
      files: { 'src-main/services/dialogs.ts': "import { dialog } from 'electron';\nexport const x = dialog;\n" },
    },
  ];

  for (const { rule, files } of PLANTED) {
    it(`refuses a planted violation of ${rule}`, () => {
      const names = plant(rule, files).map((v) => v.rule.name);
      expect(names).toContain(rule);
    });
  }

  it('lets a type-only import of the SQLite driver through outside db/', () => {
    const names = plant('type-only', {
      'src-main/engine/names-type.ts': "import type Database from 'better-sqlite3';\nexport type Db = Database.Database;\n",
    }).map((v) => v.rule.name);
    expect(names).toEqual([]);
  });
});
