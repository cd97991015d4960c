/**
 * Finds programs the way a shell does, by walking the folders of PATH, so a
 * test or benchmark never hard-codes where one machine keeps its programs: a
 * program installed in a system folder, a local one or a Nix profile is found
 * as long as the user can run it by name.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Whether `path` is a regular file (or a link to one) this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Absolute path of the first of `names` found on `pathValue` (PATH's format),
 * or null. Names are tried in the order given, each across every folder, so
 * the first name is preferred wherever it sits on PATH. Empty and relative
 * entries are skipped: they would depend on the working folder.
 */
export function findOnPath(names: readonly string[], pathValue: string = process.env.PATH ?? ''): string | null {
  const dirs = pathValue.split(delimiter).filter((dir) => dir !== '' && isAbsolute(dir));
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}
