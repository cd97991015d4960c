/**
 * Opens a file for reading and turns the operating system's refusals into
 * CsvFileErrors the user can act on ("file not found" rather than ENOENT),
 * and confines a typed path to the folders the user named.
 *
 * Hazard: the caller owns the handle and must close it, also on abort or
 * error; every reader in this folder does so in a finally block.
 */
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CsvFileError } from './errors';

export interface OpenedFile {
  handle: FileHandle;
  size: number;
}

function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export async function openForReading(path: string): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CsvFileError('not_found', path, 'file not found', { cause: e });
    if (code === 'EACCES' || code === 'EPERM') throw new CsvFileError('unreadable', path, 'permission denied: the file cannot be read', { cause: e });
    throw new CsvFileError('unreadable', path, `the file cannot be read (${code ?? String(e)})`, { cause: e });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CsvFileError('unreadable', path, info.isDirectory() ? 'this is a folder, not a file' : 'this is not a regular file');
    return { handle, size: info.size };
  } catch (e) {
    await handle.close();
    if (e instanceof CsvFileError) throw e;
    throw new CsvFileError('unreadable', path, `the file cannot be read (${errnoOf(e) ?? String(e)})`, { cause: e });
  }
}

/** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
export async function readAt(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<number> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * The real path of `path` when it lies inside one of `folders` (or is one),
 * else null. Symlinks are followed before the check, so a link inside a
 * folder that points outside it is refused; a file that does not exist yet is
 * placed by its real parent folder. Read the returned path, not the given one,
 * so what was checked is what is opened (issue 9, defect 5).
 */
export async function resolveInsideFolders(path: string, folders: readonly string[]): Promise<string | null> {
  const roots = (await Promise.all(folders.map((folder) => realpath(resolve(folder)).catch(() => null)))).filter((root) => root !== null);
  if (roots.length === 0 || path.includes('\0')) return null;
  const target = resolve(path);
  let real: string;
  try {
    real = await realpath(target);
  } catch (e) {
    const code = errnoOf(e);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
    try {
      real = join(await realpath(dirname(target)), basename(target));
    } catch {
      return null;
    }
  }
  return roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) ? real : null;
}
