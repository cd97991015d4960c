/**
 * A workspace opened by its path together with its services: how the command
 * line and the benchmarks use the same service functions as the window
 * (issue 10), without importing db/. One object, one close().
 */
import type { ComputePoolOptions } from '../compute/pool';
import { openWorkspace, type OpenWorkspaceOptions } from '../db/workspace';
import { openAppServices, type AppServiceOptions, type AppServices } from './app-services';

export interface WorkspaceSession extends AppServices {
  /** The workspace file's absolute path. */
  readonly path: string;
}

export interface WorkspaceSessionOptions extends OpenWorkspaceOptions {
  pool?: ComputePoolOptions;
  services?: AppServiceOptions;
  /**
   * The app (window or web host) is the only long-lived job runner: when it
   * opens a workspace, jobs still marked running were cut short by a crash.
   */
  markInterruptedJobs?: boolean;
}

/** The SQLite addon the desktop shell loads instead of Node's build (see db/workspace.ts). */
export { useSqliteNativeBinding } from '../db/workspace';

export function openWorkspaceSession(path: string, options: WorkspaceSessionOptions = {}): WorkspaceSession {
  const { pool, services: serviceOptions, markInterruptedJobs: markInterrupted, ...openOptions } = options;
  const ws = openWorkspace(path, openOptions);
  let services: AppServices;
  try {
    services = openAppServices(ws, pool ?? {}, serviceOptions ?? {});
    if (markInterrupted) services.jobs.markInterrupted();
  } catch (e) {
    ws.close();
    throw e;
  }
  return {
    ...services,
    path: ws.path,
    async close() {
      try {
        await services.close();
      } finally {
        ws.close();
      }
    },
  };
}
