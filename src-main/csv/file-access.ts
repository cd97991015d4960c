/**
 * Opens a file for reading and turns the operating system's refusals into
 * CsvFileErrors the user can act on ("file not found" rather than ENOENT).
 *
 * Hazard: the caller owns the handle and must close it, also on abort or
 * error; every reader in this folder does so in a finally block.
 */
import { open, type FileHandle } from 'node:fs/promises';
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
