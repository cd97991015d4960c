/**
 * A command that writes waits for a workspace another process is writing
 * (an import holds it for its whole file; a job writes for minutes), saying
 * what it waits for, and then goes ahead — or, after `--wait SECONDS`
 * (default 600), gives up with one line and exit 1 before writing anything
 * (issue 9, defect 6). SQLite alone would wait 5 s and fail with "database is
 * locked" half-way through a command.
 */
import { AppError } from '../contract/errors';
import type { WorkspaceSession } from '../services/workspace-session';
import { parseNumber } from './argument-values';
import type { CliIo } from './context';
import { UsageError } from './usage';

const DEFAULT_WAIT_S = 600;

function waitMs(value: unknown): number {
  const seconds = parseNumber(value as string | undefined, '--wait') ?? DEFAULT_WAIT_S;
  if (seconds < 0) throw new UsageError(`--wait must be 0 or more seconds, got "${String(value)}"`);
  return Math.round(seconds * 1000);
}

/**
 * Waits until the session's workspace can be written (with `forJobs`, also
 * until no job runs in another process: an import must not run beside one).
 * Throws a conflict naming what held it when the wait runs out.
 */
export async function waitToWrite(
  session: Pick<WorkspaceSession, 'writers'>,
  io: CliIo,
  command: string,
  wait: unknown,
  options: { forJobs?: boolean } = {},
): Promise<void> {
  const timeoutMs = waitMs(wait);
  const holder = await session.writers.waitToWrite({
    timeoutMs,
    forJobs: options.forJobs,
    onWaiting: (what) => io.err(`lookalike ${command}: waiting for the workspace (${what})…`),
  });
  if (holder !== null) {
    const seconds = Number((timeoutMs / 1000).toFixed(1));
    throw new AppError(
      'conflict',
      `The workspace is still busy (${holder}) after ${seconds} s; nothing was written. Try again when it has finished, or wait longer with --wait SECONDS.`,
      { holder },
    );
  }
}
