/** What a command needs from the outside world, injectable so commands are tested without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stderr is an interactive terminal (progress lines only then). */
  interactive: boolean;
}

// A reader that stops early (`rejects 1 | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY),
};
