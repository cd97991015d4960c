/**
 * Builds a real workspace for a spec: a temp folder, imports run through the
 * `lookalike` CLI exactly as a user would, and the built renderer served by
 * the web host on that workspace, set up as `src-main/webhost/main.ts` sets it
 * up (uploads on, no folder named for typed paths). `dispose()` removes everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api } from '../../../src-main/contract/api';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { startWebHost, type WebHost } from '../../../src-main/webhost/server';

const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(PROJECT_DIR, 'out', 'renderer');
const CLI_ENTRY = join(PROJECT_DIR, 'src-main', 'cli', 'main.ts');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The e2e tests need the built renderer, but ${RENDERER_DIR}/index.html is missing. ` +
        'Run `npx electron-vite build` (npm test does it for you) and try again.',
    );
  }
}

export interface WorkspaceFixture {
  dir: string;
  dbPath: string;
  /** Runs `lookalike import FILE --db <dbPath> [...args]`; throws with the CLI's output if it fails. */
  importFile(file: string, ...args: string[]): string;
  /** Opens the workspace and serves it; call after the imports (or with `create` for an empty one). */
  serve(options?: { create?: boolean }): Promise<{ workspace: Workspace; api: Api; host: WebHost }>;
  dispose(): Promise<void>;
}

export function createWorkspaceFixture(): WorkspaceFixture {
  const dir = mkdtempSync(join(tmpdir(), 'lookalike-e2e-'));
  const dbPath = join(dir, 'workspace.db');
  let served: { workspace: Workspace; host: WebHost; services: AppServices } | null = null;

  return {
    dir,
    dbPath,
    importFile(file, ...args) {
      const run = spawnSync(process.execPath, [TSX_CLI, CLI_ENTRY, 'import', file, '--db', dbPath, ...args], {
        cwd: PROJECT_DIR,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (run.status !== 0) {
        throw new Error(`lookalike import ${file} exited with ${run.status ?? run.signal}:\n${run.stderr}\n${run.stdout}`);
      }
      return run.stdout;
    },
    async serve(options = {}) {
      const workspace = openWorkspace(dbPath, { mustExist: !options.create });
      const services = openAppServices(workspace, {}, { uploads: true });
      const api = services.api;
      const host = await startWebHost({ api, events: services.events, uploads: services.uploads, rendererDir: RENDERER_DIR });
      served = { workspace, host, services };
      return { workspace, api, host };
    },
    async dispose() {
      await served?.host.close();
      await served?.services.close();
      served?.workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
