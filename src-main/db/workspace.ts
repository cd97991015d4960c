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
    // Under Electron the addon must be built for Electron's ABI; scripts/start.mjs
    // builds such a copy aside and names it here, leaving node_modules' build
    // (Node's ABI, used by the tests and the CLI) untouched.
    const nativeBinding = process.env.LOOKALIKE_SQLITE_BINDING || undefined;
    db = new Database(file, { readonly: options.readonly ?? false, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new AppError('workspace_refused', `Cannot open workspace ${file}: ${(e as Error).message}`, { file });
  }
  try {
    // Reading the schema first tells a non-SQLite file apart before any write.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) applyPragmas(db);
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
