/**
 * Entry point of the `lookalike` command line. Exit codes: 0 done, 1 failed
 * (message on stderr, nothing written), 2 usage error.
 */
import { pathToFileURL } from 'node:url';
import { isAppError } from '../contract/errors';
import { processIo, type CliIo } from './context';
import { campaignCommand } from './commands/campaign';
import { dedupeCommand } from './commands/dedupe';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importsCommand } from './commands/imports';
import { jobCommand } from './commands/job';
import { listCommand } from './commands/list';
import { rejectsCommand } from './commands/rejects';
import { segmentCommand } from './commands/segment';
import { statsCommand } from './commands/stats';
import { warningsCommand } from './commands/warnings';
import { USAGE, UsageError } from './usage';

type Command = (args: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  import: importCommand,
  imports: importsCommand,
  stats: statsCommand,
  dedupe: dedupeCommand,
  rejects: rejectsCommand,
  warnings: warningsCommand,
  segment: segmentCommand,
  list: listCommand,
  campaign: campaignCommand,
  job: jobCommand,
  export: exportCommand,
  eval: evalCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`lookalike: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lookalike ${name}: ${e.message}\nRun "npm run --silent lookalike -- --help" for usage.`);
      return 2;
    }
    if (isAppError(e) && e.code === 'invalid_input') {
      // A mapping, filter or value the user typed that cannot be used: a usage error.
      io.err(`lookalike ${name}: ${e.message}`);
      return 2;
    }
    if (isAppError(e)) {
      io.err(`lookalike ${name}: ${e.message}`);
      return 1;
    }
    if ((e as { code?: unknown })?.code === 'SQLITE_BUSY') {
      // Another process took the workspace after the command's wait and held it past the busy timeout: the
      // write was rolled back whole, so this is a line to retry by, not a bug's stack trace.
      io.err(`lookalike ${name}: the workspace stayed busy (another process is writing to it); nothing was written. Try again when it has finished.`);
      return 1;
    }
    io.err(`lookalike ${name}: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
