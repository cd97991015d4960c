import type { CliIo } from '../context';
import { DB_OPTION, onePositional, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';
import { UsageError } from '../usage';

/** The batch's rejected rows as CSV, one record a line, written (formulas neutralised) as the app's exports are. */
export async function rejectsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION });
  const idText = onePositional(positionals, 'BATCH_ID');
  const batchId = Number(idText);
  if (!Number.isInteger(batchId) || batchId <= 0) throw new UsageError(`BATCH_ID must be a positive integer, got "${idText}"`);
  return withWorkspace(values, io, (session) => {
    for (const record of session.local.rejectedRowsCsv(batchId)) io.out(record);
    return 0;
  });
}
