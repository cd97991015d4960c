import { openWorkspace } from '../../db/workspace';
import { listBatches } from '../../db/queries/import-batches';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, parseCommandArgs } from '../options';

export function importsCommand(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  const ws = openWorkspace(dbPath(values.db, io.cwd), { mustExist: true });
  try {
    const batches = listBatches(ws.db);
    if (values.json) io.out(JSON.stringify(batches));
    else if (!batches.length) io.out('No imports yet.');
    else
      for (const b of batches) {
        io.out(
          `#${b.id}  ${b.status.padEnd(9)} ${b.fileName}  ${b.entity}  ${b.imported} new, ${b.updated} updated, ${b.unchanged} unchanged, ${b.rejected} rejected` +
            (b.error ? `\n      ${b.error}` : ''),
        );
      }
    return 0;
  } finally {
    ws.close();
  }
}
