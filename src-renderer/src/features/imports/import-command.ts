/** The terminal command that imports into this workspace, quoted for a POSIX shell. */
export function importCommand(workspacePath: string | null): string {
  const base = 'npm run lookalike -- import FILE';
  return workspacePath ? `${base} --db ${shellQuote(workspacePath)}` : base;
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
