import type { CliIo } from '../context';
import { DB_OPTION, onePositional, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { UsageError } from '../usage';

/** The warnings stored with a batch's kept rows as CSV, one record a line, written as `rejects` writes rejected rows. */
export async function warningsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION });
  const idText = onePositional(positionals, 'BATCH_ID');
  const batchId = Number(idText);
  if (!Number.isInteger(batchId) || batchId <= 0) throw new UsageError(`BATCH_ID must be a positive integer, got "${idText}"`);
  return withWorkspace(values, io, (session) => {
    for (const record of session.local.rowWarningsCsv(batchId)) io.out(record);
    return 0;
  });
}
