/**
 * A workspace is one SQLite file. Opening it sets the pragmas every
 * connection needs, migrates it forward (or refuses it) and hands back the
 * connection. better-sqlite3 is synchronous: callers keep reads paged and
 * bulk writes chunked so the main process stays responsive.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../contract/errors';
import { migrate } from './migrate';

export interface Workspace {
  readonly path: string;
  readonly db: Database.Database;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /** Refuse to create a new file (open an existing workspace only). */
  mustExist?: boolean;
  readonly?: boolean;
}

let nativeBinding: string | undefined;

/**
 * The better-sqlite3 addon every later open loads instead of node_modules'
 * own build (Node's ABI). Only the desktop shell sets it, and only when not
 * packaged (shell/sqlite-binding.ts); nothing here reads the environment.
 */
export function useSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The addon set above, if any: a worker thread opening the workspace must load the same one. */
export function sqliteNativeBinding(): string | undefined {
  return nativeBinding;
}

/**
 * A read-only connection's own settings (they change nothing in the file):
 * the read worker (compute/read-pool.ts) reads the same examples and imported
 * columns again and again, which SQLite's default 2 MiB cache would not hold.
 */
function applyReadPragmas(db: Database.Database): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
}

export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // durable with WAL; a power cut loses at most the last commit
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536'); // 64 MiB page cache: imports touch the identity index hard
}

export function openWorkspace(path: string, options: OpenWorkspaceOptions = {}): Workspace {
  const file = resolve(path);
  if (options.mustExist && !existsSync(file)) {
    throw new AppError('not_found', `No workspace at ${file}.`, { file });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new AppError('workspace_refused', `Cannot open workspace ${file}: ${(e as Error).message}`, { file });
  }
  try {
    // Reading the schema first tells a non-SQLite file apart before any write.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) applyPragmas(db);
    else applyReadPragmas(db);
    const schemaVersion = migrate(db, file);
    return {
      path: file,
      db,
      schemaVersion,
      close() {
        if (db.open) db.close();
      },
    };
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw new AppError('workspace_refused', `Cannot open workspace ${file}: ${(e as Error).message}`, { file });
  }
}
