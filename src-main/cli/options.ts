import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** `--db PATH`, and `--wait SECONDS`: how long a command that writes waits for a workspace another process is writing. */
export const DB_OPTION: OptionSpec = { db: { type: 'string' }, wait: { type: 'string' } };
export const JSON_OPTION: OptionSpec = { json: { type: 'boolean' } };

export function parseCommandArgs(args: string[], options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function dbPath(value: unknown, cwd: string): string {
  return resolve(cwd, typeof value === 'string' && value ? value : 'lookalike.db');
}

export function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one ${what}, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  return positionals[0]!;
}

/** Splits "Left=right" on the last '=', since headers may contain '='. */
export function splitPair(text: string, flag: string): [string, string] {
  const i = text.lastIndexOf('=');
  if (i <= 0 || i === text.length - 1) throw new UsageError(`${flag} expects "Left=right", got "${text}"`);
  return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
}
