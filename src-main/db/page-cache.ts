/**
 * The page cache an import works with (issue 9, defect 10). A fresh
 * connection gets 64 MiB (workspace.ts), which a large import fills and
 * keeps: peak memory then grew with the file until the file's indexes
 * outgrew the cache (about 30 MB more at 1M rows than at 100k). An import
 * holds the cache at a size a 100k-row file already fills, so its peak is
 * the same however long the file. The price, measured on the 1M-row
 * benchmark: more page reads from the OS (which keeps the file's pages in
 * its own cache), a few seconds of system time per million rows.
 */
import type Database from 'better-sqlite3';

export const IMPORT_PAGE_CACHE_KIB = 32 * 1024;

/** Sets the connection's page cache to `kib` KiB and returns how to restore the previous size. */
export function limitPageCache(db: Database.Database, kib: number): () => void {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${Math.round(kib)}`);
  return () => {
    db.pragma(`cache_size = ${before}`);
  };
}
