import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/db/workspace';
import { addOldStyleDuplicates } from '../../helpers/old-style-duplicates';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;
let t: ReturnType<typeof tempDir>;
let db: string;

const counts = () => {
  const ws = openWorkspace(db);
  try {
    return ws.db.prepare('SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM companies) AS companies').get() as { leads: number; companies: number };
  } finally {
    ws.close();
  }
};

beforeEach(async () => {
  t = tempDir();
  db = join(t.dir, 'ws.db');
  expect((await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db], t.dir)).code).toBe(0);
  const ws = openWorkspace(db);
  addOldStyleDuplicates(ws.db, { leads: 4, companies: 3 });
  ws.close();
});
afterEach(() => t.cleanup());

const run = (...args: string[]) => cli(['dedupe', ...args, '--db', db], t.dir);

describe('lookalike dedupe', () => {
  it('previews without changing anything, --apply merges, --undo puts it back', async () => {
    const preview = await run();
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('4 leads would merge into the lead they duplicate (same email 4)');
    expect(preview.stdout).toContain('3 companies would merge into the company they duplicate (same domain 3)');
    expect(preview.stdout).toMatch(/lead same email jane@acme\.com: jane@acme\.com \(#5\) → Jane Doe \(#1\)/);
    expect(counts()).toEqual({ leads: 8, companies: 6 });

    const applied = await run('--apply');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Merged 4 leads \(same email 4\) and 3 companies \(same domain 3\) into the records they duplicate \(merge #1\)\./);
    expect(counts()).toEqual({ leads: 4, companies: 3 });
    const after = await run();
    expect(after.stdout).toContain('none: no two leads share');
    expect(after.stdout).toContain('Last merge: #1');

    const json = JSON.parse((await run('--json')).stdout);
    expect(json).toMatchObject({ leads: 0, companies: 0, lastMerge: { mergeId: 1, leads: 4, companies: 3, undoable: true } });

    const undone = await run('--undo');
    expect(undone).toEqual({ code: 0, stdout: 'Undid merge #1: 4 leads and 3 companies are back as they were.\n', stderr: '' });
    expect(counts()).toEqual({ leads: 8, companies: 6 });
    expect(await run('--undo')).toMatchObject({ code: 1, stderr: 'dedupe: there is no merge to undo.\n' });
  });

  it('says when there is nothing to merge, and refuses --apply with --undo', async () => {
    expect((await run('--apply')).code).toBe(0);
    const again = await run('--apply');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('No duplicate leads or companies to merge.');
    expect((await run('--apply', '--undo')).code).toBe(2);
  });
});
