/**
 * Which better-sqlite3 addon the desktop app loads. `npm start` runs the
 * unpackaged app with an Electron-ABI build of the addon made aside and named
 * in LOOKALIKE_SQLITE_BINDING (scripts/start.mjs). A packaged app loads the
 * addon electron-builder rebuilt and unpacked beside it, never a path from its
 * environment: whoever can set a variable for the app could otherwise make it
 * load their native code (issue 9, Electron hardening).
 */
export const SQLITE_BINDING_ENV = 'LOOKALIKE_SQLITE_BINDING';

export function sqliteBindingFor(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (isPackaged) return undefined;
  return env[SQLITE_BINDING_ENV] || undefined;
}
