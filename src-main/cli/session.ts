/**
 * How a command opens the workspace named by `--db`: as a session of the
 * app's services (issue 10), so it calls the same service functions as the
 * window and never db/; closed when the command is done, however it ends.
 */
import { openWorkspaceSession, type WorkspaceSession } from '../services/workspace-session';
import type { CliIo } from './context';
import { dbPath } from './options';
import { waitToWrite } from './workspace-wait';

/** Runs `use` on the workspace at `--db`, which must exist. */
export async function withWorkspace<T>(values: { db?: unknown }, io: CliIo, use: (session: WorkspaceSession) => T | Promise<T>): Promise<T> {
  return runSession(openWorkspaceSession(dbPath(values.db, io.cwd), { mustExist: true }), use);
}

export interface WritingOptions {
  /** Also wait while a job runs in another process (an import must not run beside one). */
  forJobs?: boolean;
  /** Make the workspace when there is none (an import); otherwise a missing one is an error. */
  create?: boolean;
}

/** withWorkspace for a command that writes: it first waits (`--wait`) while another process writes the workspace. */
export async function writingWorkspace<T>(
  values: { db?: unknown; wait?: unknown },
  io: CliIo,
  command: string,
  use: (session: WorkspaceSession) => T | Promise<T>,
  options: WritingOptions = {},
): Promise<T> {
  const session = openWorkspaceSession(dbPath(values.db, io.cwd), { mustExist: !options.create });
  return runSession(session, async (s) => {
    await waitToWrite(s, io, command, values.wait, { forJobs: options.forJobs });
    return use(s);
  });
}

async function runSession<T>(session: WorkspaceSession, use: (session: WorkspaceSession) => T | Promise<T>): Promise<T> {
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}
