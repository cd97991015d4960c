/**
 * The release of a connection's page cache before a job worker's write
 * (db/page-cache.ts): it shrinks the cache in steps with turns of the event
 * loop between them, so the window and the web host answer meanwhile, and
 * leaves the connection as it was — its cache size, its data.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releasePageCache } from '../../../src-main/db/page-cache';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;

beforeEach(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 5_000);
});
afterEach(() => ws.cleanup());

const leadCount = () => ws.db.prepare('SELECT count(*) FROM leads').pluck().get();

describe('releasing the page cache', () => {
  it('takes several turns of the event loop and gives the connection back its cache size', async () => {
    const size = ws.db.pragma('cache_size', { simple: true });
    expect(leadCount()).toBe(5_000);
    let turns = 0;
    const counting = () => {
      turns++;
      ticker = setImmediate(counting);
    };
    let ticker = setImmediate(counting);
    try {
      await releasePageCache(ws.db);
    } finally {
      clearImmediate(ticker);
    }
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(ws.db.pragma('cache_size', { simple: true })).toBe(size);
    expect(leadCount()).toBe(5_000);
  });

  it('gives the connection back its own cache size when two releases overlap', async () => {
    const size = ws.db.pragma('cache_size', { simple: true });
    const first = releasePageCache(ws.db);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    // The second starts while the first has lowered the size.
    expect(ws.db.pragma('cache_size', { simple: true })).not.toBe(size);
    await Promise.all([first, releasePageCache(ws.db)]);
    expect(ws.db.pragma('cache_size', { simple: true })).toBe(size);
    await releasePageCache(ws.db);
    expect(ws.db.pragma('cache_size', { simple: true })).toBe(size);
  });

  it('does nothing on a closed connection', async () => {
    ws.db.close();
    await expect(releasePageCache(ws.db)).resolves.toBeUndefined();
  });
});
