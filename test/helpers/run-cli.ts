import { spawnSync } from 'node:child_process';
import { runCli } from '../../src-main/cli/main';
import type { CliIo } from '../../src-main/cli/context';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (fast; same code path as the binary). */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (stderr += t.endsWith('\n') ? t : t + '\n'),
    cwd,
    interactive: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the real command a user types: `npm run --silent lookalike -- ...`. */
export function npmCli(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync('npm', ['run', '--silent', '--prefix', ROOT, 'lookalike', '--', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
