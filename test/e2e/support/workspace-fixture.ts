/**
 * A workspace per test. Each spec says which seed a test starts from (see
 * seeds.ts); the seed is built once per spec file into a template folder,
 * through the `lookalike` command line's own code and the app's services
 * (imports, jobs, lists), never by clicking. Every test then gets its own
 * copy of that folder, served by the web host as `src-main/webhost/main.ts`
 * sets it up (uploads on, no folder named for typed paths), so no test sees
 * what another one did and any test runs alone or in any order.
 *
 * A template is copied only after every connection to it has closed, so its
 * folder holds the whole workspace (no WAL left beside the file) and the
 * embedding cache (`workspace.db.cache/`), which is keyed by the workspace's
 * own data versions and stays valid in the copy.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServedApi } from '../../../src-main/contract/json-text';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { startWebHost, type WebHost } from '../../../src-main/webhost/server';
import { cli } from '../../helpers/run-cli';

const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
/** The build the tests load: out/, or the folder LOOKALIKE_OUT_DIR names (as electron.vite.config.ts builds into it). */
export const RENDERER_DIR = join(PROJECT_DIR, process.env['LOOKALIKE_OUT_DIR'] || 'out', 'renderer');
const WORKSPACE_FILE = 'workspace.db';

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The e2e tests need the built renderer, but ${RENDERER_DIR}/index.html is missing. ` +
        'Run `npx electron-vite build` (npm test does it for you) and try again.',
    );
  }
}

/** A workspace as a seed builds it: imports first, then the services for jobs, lists and segments. */
export interface SeedWorkspace {
  dir: string;
  dbPath: string;
  /** Runs `lookalike import FILE --db <dbPath> [...args]` (the command line's code, in this process); throws with its output if it fails. */
  importFile(file: string, ...args: string[]): Promise<string>;
  /** The workspace and its services, opened on first use and closed when the seed is built. */
  open(): { workspace: Workspace; api: ServedApi; idle(): Promise<void> };
}

export interface WorkspaceSeed {
  /** Names the template; unique among the seeds a spec uses. */
  readonly name: string;
  /** The seed this one adds to (its template is copied first). */
  readonly from: WorkspaceSeed | null;
  build(workspace: SeedWorkspace): Promise<void>;
}

export function defineSeed(name: string, build: (workspace: SeedWorkspace) => Promise<void>, from: WorkspaceSeed | null = null): WorkspaceSeed {
  return { name, from, build };
}

/** A seeded workspace of a test's own, served. */
export interface ServedWorkspace {
  dir: string;
  dbPath: string;
  workspace: Workspace;
  api: ServedApi;
  host: WebHost;
}

/** The templates of one spec file, built on first use; `dispose()` removes them. */
export interface SeedTemplates {
  /** Builds `seed`'s template (and those it adds to) unless built. */
  prepare(seed: WorkspaceSeed): Promise<void>;
  /** A fresh folder holding a copy of `seed`'s workspace. */
  copy(seed: WorkspaceSeed): Promise<{ dir: string; dbPath: string }>;
  dispose(): void;
}

export function createSeedTemplates(): SeedTemplates {
  const root = mkdtempSync(join(tmpdir(), 'lookalike-e2e-seeds-'));
  const built = new Map<string, Promise<string>>();

  const template = (seed: WorkspaceSeed): Promise<string> => {
    let dir = built.get(seed.name);
    if (!dir) {
      dir = buildTemplate(seed, join(root, seed.name.replace(/[^\w.-]+/g, '_')), seed.from ? template(seed.from) : null);
      built.set(seed.name, dir);
    }
    return dir;
  };

  return {
    async prepare(seed) {
      await template(seed);
    },
    async copy(seed) {
      const source = await template(seed);
      const dir = mkdtempSync(join(tmpdir(), 'lookalike-e2e-'));
      cpSync(source, dir, { recursive: true });
      return { dir, dbPath: join(dir, WORKSPACE_FILE) };
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function buildTemplate(seed: WorkspaceSeed, dir: string, from: Promise<string> | null): Promise<string> {
  if (from) cpSync(await from, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, WORKSPACE_FILE);
  let opened: { workspace: Workspace; services: AppServices } | null = null;
  const seedWorkspace: SeedWorkspace = {
    dir,
    dbPath,
    async importFile(file, ...args) {
      if (opened) throw new Error(`Seed ${seed.name}: import files before opening the services.`);
      const run = await cli(['import', file, '--db', dbPath, ...args], dir);
      if (run.code !== 0) throw new Error(`lookalike import ${file} exited with ${run.code}:\n${run.stderr}\n${run.stdout}`);
      return run.stdout;
    },
    open() {
      if (!opened) {
        const workspace = openWorkspace(dbPath);
        opened = { workspace, services: openAppServices(workspace) };
      }
      const { workspace, services } = opened;
      return { workspace, api: services.api, idle: () => services.idle() };
    },
  };
  try {
    await seed.build(seedWorkspace);
    if (!existsSync(dbPath)) seedWorkspace.open(); // an empty seed: a new, migrated workspace
  } finally {
    const done = opened as { workspace: Workspace; services: AppServices } | null;
    if (done) {
      await done.services.idle();
      await done.services.close();
      done.workspace.close();
    }
  }
  return dir;
}

/** Serves a copy of `seed`'s workspace, as the web host serves one; `close()` stops it and removes the copy. */
export async function serveSeed(templates: SeedTemplates, seed: WorkspaceSeed): Promise<ServedWorkspace & { close(): Promise<void> }> {
  const { dir, dbPath } = await templates.copy(seed);
  const workspace = openWorkspace(dbPath, { mustExist: true });
  const services = openAppServices(workspace, {}, { uploads: true });
  let host: WebHost;
  try {
    host = await startWebHost({ api: services.api, events: services.events, uploads: services.uploads, rendererDir: RENDERER_DIR });
  } catch (e) {
    await services.close();
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    dbPath,
    workspace,
    api: services.api,
    host,
    async close() {
      await host.close();
      await services.close();
      workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
