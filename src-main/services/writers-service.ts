/**
 * Whether another process is writing the workspace, and waiting for it
 * (issue 9, defect 6). The app asks once and refuses at once, naming the
 * writer; the command line waits, saying for what. What counts as a writer
 * (the write lock, an import's note, a job's row) and how a wait ends are
 * db/workspace-writers.ts.
 */
import { waitForWorkspace, workspaceBusyWith, type WaitOptions } from '../db/workspace-writers';
import type { Workspace } from '../db/workspace';

export interface WritersService {
  /** What keeps the workspace from being written now ("import of a.csv running", "job 7 running"), or null. Never waits. */
  busyWith(options?: { forJobs?: boolean }): string | null;
  /**
   * Resolves with null once the workspace can be written, or with what still
   * held it when the wait ran out. A wait that ends lets this connection's
   * writes wait out the rest of it for a writer that came in meanwhile.
   */
  waitToWrite(options: WaitOptions): Promise<string | null>;
}

export function writersService(ws: Workspace): WritersService {
  return {
    busyWith: (options = {}) => workspaceBusyWith(ws, options),
    waitToWrite: (options) => waitForWorkspace(ws, options),
  };
}
