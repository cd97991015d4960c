import Papa from 'papaparse';
import { FORMULA_START } from '../../csv/export-csv';
import { AppError } from '../../contract/errors';
import { openWorkspace } from '../../db/workspace';
import { getBatch, iterateRejectedRows } from '../../db/queries/import-batches';
import type { CliIo } from '../context';
import { DB_OPTION, dbPath, onePositional, parseCommandArgs } from '../options';
import { UsageError } from '../usage';

export function rejectsCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...DB_OPTION });
  const idText = onePositional(positionals, 'BATCH_ID');
  const batchId = Number(idText);
  if (!Number.isInteger(batchId) || batchId <= 0) throw new UsageError(`BATCH_ID must be a positive integer, got "${idText}"`);
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    if (!getBatch(ws.db, batchId)) throw new AppError('not_found', `No import batch ${batchId} in ${ws.path}.`);
    // The raw text is whatever the file held, formulas included: escapeFormulae
    // keeps a spreadsheet from executing it when an analyst opens this CSV.
    const unparse = (rows: unknown[][]) => Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\n' });
    io.out(unparse([['row', 'column', 'reason', 'raw']]));
    for (const r of iterateRejectedRows(ws.db, batchId)) {
      io.out(unparse([[r.row_number, r.column_name ?? '', r.reason, r.raw]]));
    }
    return 0;
  } finally {
    ws.close();
  }
}
