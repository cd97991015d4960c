/**
 * Keeping lists from the app: browse a list's members page by page with
 * their latest lookalike scores, take some off, delete the list; through
 * the dispatch table, so payloads are validated too. Records always stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListDetail, ListMemberPage, ListSummary } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { importLeads, listOf } from '../../helpers/engine-workspace';

const app = new AppWorkspace({ threads: 2 });
const { ok, fails } = app;
let ids: number[];
let seed: number;


beforeAll(async () => {
  await app.open(async (ws) => {
    const byRecord = await importLeads(
      ws,
      Array.from({ length: 12 }, (_, i) => ({
        'Record ID': `r${i}`,
        'First Name': `Person${i}`,
        Email: `p${i}@firm${i % 3}.example`,
        'Job Title': i % 2 ? 'VP of Sales' : 'Data Scientist',
        'Company Name': `Firm ${i % 3}`,
        Industry: i % 3 ? 'Computer Software' : 'Retail',
        'Country/Region': 'Germany',
      })),
    );
    ids = [...byRecord.values()].sort((a, b) => a - b);
    seed = listOf(ws, 'seed', ids.slice(0, 3));
  });
  await ok('jobs.start', { source: { kind: 'list', id: seed }, minScore: 0, maxResults: 100 });
  await app.services.idle();
}, 60_000);
afterAll(() => app.close());

describe('lists in the app', () => {
  it('pages through a list\'s members in id order, each with its latest lookalike score', async () => {
    const { id: listId } = await ok<{ id: number }>('lists.create', { name: 'Picked', entity: 'leads' });
    await ok('lists.add', { listId, ids: ids.slice(3, 10) });
    const first = await ok<ListMemberPage>('lists.members', { listId, limit: 3 });
    expect(first).toMatchObject({ listId, total: 7, offset: 0 });
    expect(first.members.map((m) => m.id)).toEqual(ids.slice(3, 6));
    const last = await ok<ListMemberPage>('lists.members', { listId, offset: 6, limit: 3 });
    expect(last.members.map((m) => m.id)).toEqual([ids[9]]);
    expect((await ok<ListMemberPage>('lists.members', { listId, offset: 7 })).members).toEqual([]);
    for (const m of first.members) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.scoreJobId).toBe(1);
      expect(m.name).toMatch(/^Person\d+$/);
    }
  });

  it('gets a list with its first members (50 unless asked), or with none for its name and count alone', async () => {
    const listId = (await ok<ListSummary[]>('lists.list')).find((l) => l.name === 'Picked')!.id;
    const two = await ok<ListDetail>('lists.get', { listId, limit: 2 });
    expect(two).toMatchObject({ id: listId, name: 'Picked', entity: 'leads', members: 7 });
    expect(two.items.map((m) => m.id)).toEqual(ids.slice(3, 5));
    expect((await ok<ListDetail>('lists.get', { listId })).items.map((m) => m.id)).toEqual(ids.slice(3, 10));
    expect((await ok<ListDetail>('lists.get', { listId, limit: 0 })).items).toEqual([]);
    expect(await fails('lists.get', { listId: 999 })).toMatchObject({ code: 'not_found' });
  });

  it('takes members off a list and says how many, leaving the records in the workspace', async () => {
    const listId = (await ok<ListSummary[]>('lists.list')).find((l) => l.name === 'Picked')!.id;
    const out = await ok<{ removed: number }>('lists.remove', { listId, ids: [ids[3]!, ids[4]!, ids[0]!] }); // ids[0] is not on it
    expect(out.removed).toBe(2);
    expect((await ok<ListMemberPage>('lists.members', { listId })).members.map((m) => m.id)).toEqual(ids.slice(5, 10));
    expect(app.ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(12);
  });

  it('deletes a list, never its records; a job that started from it keeps its name', async () => {
    const before = (await ok<{ stats: { lists: number } }>('workspace.info')).stats.lists;
    expect(await ok('lists.delete', { listId: seed })).toEqual({ deleted: true });
    expect((await ok<{ stats: { lists: number } }>('workspace.info')).stats.lists).toBe(before - 1);
    expect(app.ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(12);
    expect((await ok<{ source: { name: string } }[]>('jobs.list'))[0]!.source.name).toBe('seed');
    expect(await fails('lists.members', { listId: seed })).toMatchObject({ code: 'not_found' });
    expect(await fails('lists.delete', { listId: seed })).toMatchObject({ code: 'not_found' });
  });

  it('refuses malformed requests', async () => {
    expect(await fails('lists.remove', { listId: 1, ids: [] })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('lists.members', { listId: 1, limit: 5000 })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('lists.get', { listId: 1, limit: 20_000 })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('lists.delete', { listId: 'x' })).toMatchObject({ code: 'invalid_input' });
  });
});
