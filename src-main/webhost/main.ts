/**
 * Runnable web host: `npx tsx src-main/webhost/main.ts [--db PATH] [--port N] [--renderer DIR] [--import-folder DIR]…`.
 * Opens the workspace (`--db`, else LOOKALIKE_DB, else ./lookalike.db like the
 * CLI), serves the built renderer and prints the URL to open. Ctrl+C closes
 * the server and the database cleanly.
 *
 * The browser imports a file by uploading it. A path sent to the API is read
 * only inside a folder named with `--import-folder` (by the user, at their
 * shell); without one, never.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isAppError } from '../contract/errors';
import { openWorkspaceSession } from '../services/workspace-session';
import { startWebHost } from './server';

const USAGE = 'usage: tsx src-main/webhost/main.ts [--db PATH] [--port N] [--renderer DIR] [--import-folder DIR]...';
const DEFAULT_RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

export async function runWebHost(argv: string[]): Promise<number> {
  let values: { db?: string; port?: string; renderer?: string; 'import-folder'?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        renderer: { type: 'string' },
        'import-folder': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port expects a port number, got "${values.port}"\n${USAGE}`);
    return 2;
  }

  const dbPath = resolve(values.db ?? process.env.LOOKALIKE_DB ?? 'lookalike.db');
  try {
    const importFolders = (values['import-folder'] ?? []).map((folder) => resolve(folder));
    const services = openWorkspaceSession(dbPath, { markInterruptedJobs: true, services: { uploads: true, importFolders, warmThreads: true } });
    try {
      const host = await startWebHost({
        api: services.api,
        events: services.events,
        uploads: services.uploads,
        rendererDir: values.renderer ?? DEFAULT_RENDERER_DIR,
        port,
      });
      console.log(`Lookalike Studio web host for ${services.path}\nOpen ${host.url}`);
      const shutdown = () => {
        void host.close().finally(() => services.close());
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    } catch (e) {
      await services.close();
      throw e;
    }
    return 0;
  } catch (e) {
    console.error(`lookalike web host: ${isAppError(e) || e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runWebHost(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exitCode = code;
  });
}
