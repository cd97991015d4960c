import type { ImportBatchDto } from '../../contract/dto';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, parseCommandArgs } from '../options';
import { withWorkspace } from '../session';

const warningsText = (b: ImportBatchDto): string =>
  `${b.warnings} with warnings` + (b.replacedBytes > 0 ? `, ${b.replacedBytes} unreadable byte${b.replacedBytes === 1 ? '' : 's'} stored as �` : '');

export async function importsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { ...DB_OPTION, ...JSON_OPTION });
  return withWorkspace(values, io, async (session) => {
    const batches = await session.api['imports.list']();
    if (values.json) io.out(JSON.stringify(batches));
    else if (!batches.length) io.out('No imports yet.');
    else
      for (const b of batches) {
        io.out(
          `#${b.id}  ${b.status.padEnd(9)} ${b.fileName}  ${b.entity}  ${b.imported} new, ${b.updated} updated, ${b.unchanged} unchanged, ${b.rejected} rejected` +
            (b.warnings > 0 ? `, ${warningsText(b)} (warnings ${b.id} lists them)` : '') +
            (b.error ? `\n      ${b.error}` : ''),
        );
      }
    return 0;
  });
}
