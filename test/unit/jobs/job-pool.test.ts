import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachJobPool, detachJobPool, jobPoolOf, type JobPool } from '../../../src-main/jobs/job-pool';

/** A pool that records which of its methods ran, in order with the connection's pragmas. */
function recordingPool(order: string[]): JobPool {
  const ran =
    <T>(name: string, value: T) =>
    () => {
      order.push(name);
      return Promise.resolve(value);
    };
  return {
    warm: () => order.push('warm'),
    complete: ran('complete', undefined),
    diagnose: ran('diagnose', {} as never),
    merge: ran('merge', {} as never),
    undoMerge: ran('undoMerge', {} as never),
    savesSettled: ran('savesSettled', undefined),
    close: ran('close', undefined),
  };
}

let db: Database.Database;
afterEach(() => {
  detachJobPool(db);
  db.close();
});

describe('a job worker attached to a connection', () => {
  it('frees the connection’s page cache before each write it sends (the worker’s commit voids it anyway), not before a read', async () => {
    db = new Database(':memory:');
    const size = db.pragma('cache_size', { simple: true }) as number;
    const order: string[] = [];
    const pragma = db.pragma.bind(db);
    vi.spyOn(db, 'pragma').mockImplementation((source: string, options?: Database.PragmaOptions) => {
      order.push(`pragma ${source}`);
      return pragma(source, options);
    });
    attachJobPool(db, recordingPool(order));
    const pool = jobPoolOf(db)!;
    await pool.merge({ mergedAt: 'now' });
    await pool.undoMerge({ mergeId: 1, undoneAt: 'now' });
    await pool.complete({ jobId: 1, results: {} as never });
    await pool.diagnose({} as never);
    await pool.savesSettled();
    // Each write is sent once the cache is released: its size read, lowered step by step, the rest freed, the size given back.
    let from = 0;
    for (const write of ['merge', 'undoMerge', 'complete']) {
      const at = order.indexOf(write, from);
      const release = order.slice(from, at);
      expect(release[0]).toBe('pragma cache_size');
      expect(release.slice(1, -2).every((o) => /^pragma cache_size = -?\d+$/.test(o))).toBe(true);
      expect(release.length).toBeGreaterThan(4);
      expect(release.slice(-2)).toEqual(['pragma shrink_memory', `pragma cache_size = ${size}`]);
      from = at + 1;
    }
    expect(order.slice(from)).toEqual(['diagnose', 'savesSettled']);
  });
});
