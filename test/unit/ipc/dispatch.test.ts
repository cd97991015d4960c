import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src-main/contract/api';
import { AppError } from '../../../src-main/contract/errors';
import { createDispatch } from '../../../src-main/ipc/dispatch';

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    async 'workspace.info'() {
      return {
        path: '/tmp/ws.db',
        schemaVersion: 1,
        stats: { leads: 3, companies: 2, lists: 0, segments: 0, campaigns: 0, importBatches: 1, rejectedRows: 0 },
      };
    },
    async 'workspace.duplicates'() {
      return { leads: 0, companies: 0, byKey: [], keptApart: [], conflicts: 0, sample: [], lastMerge: null };
    },
    async 'workspace.mergeDuplicates'() {
      throw new AppError('not_found', 'No duplicate leads or companies to merge.');
    },
    async 'workspace.undoMerge'() {
      throw new AppError('not_found', 'There is no merge to undo.');
    },
    async 'imports.list'() {
      return [];
    },
    async 'imports.rejects'({ batchId }) {
      return { batchId, total: 0, rows: [] };
    },
    async 'imports.warnings'({ batchId }) {
      return { batchId, total: 0, rows: [] };
    },
    async 'imports.warningsCsv'() {
      return { cancelled: true };
    },
    async 'imports.pickFile'() {
      return { available: false, path: null };
    },
    async 'imports.preview'() {
      throw new AppError('file_error', 'No such file.');
    },
    async 'imports.start'() {
      return { file: 'x.csv' };
    },
    async 'imports.cancel'() {
      return { cancelled: false };
    },
    async 'imports.current'() {
      return null;
    },
    async 'imports.rejectsCsv'() {
      return { cancelled: true };
    },
    async 'jobs.list'() {
      return [];
    },
    async 'jobs.get'({ jobId }) {
      throw new AppError('not_found', `No lookalike job ${jobId}.`);
    },
    async 'jobs.start'() {
      return { jobId: 1 };
    },
    async 'jobs.check'() {
      return { examples: 0, cohesion: null, advice: [], outliers: [], outlierCount: 0, leaks: [], sourceFields: [] };
    },
    async 'jobs.rerun'() {
      return { jobId: 2 };
    },
    async 'jobs.cancel'() {
      return { cancelled: false };
    },
    async 'jobs.delete'() {
      return { deleted: false };
    },
    async 'jobs.candidates'({ jobId }) {
      return { jobId, total: 0, unfiltered: 0, offset: 0, minScore: 0, candidates: [], extraFields: [] };
    },
    async 'jobs.histogram'({ jobId }) {
      return { jobId, bins: [] };
    },
    async 'jobs.compare'({ jobId }) {
      throw new AppError('not_found', `No lookalike job ${jobId}.`);
    },
    async 'jobs.marks'({ jobId }) {
      return { jobId, marks: [], good: 0, notAFit: 0, rerankedFrom: null };
    },
    async 'jobs.mark'({ jobId }) {
      return { jobId, marks: [], good: 0, notAFit: 0, rerankedFrom: null };
    },
    async 'jobs.rerank'() {
      return { jobId: 3 };
    },
    async 'jobs.moved'({ jobId }) {
      throw new AppError('not_found', `No lookalike job ${jobId}.`);
    },
    async 'campaigns.list'() {
      return [];
    },
    async 'lists.list'() {
      return [];
    },
    async 'segments.list'() {
      return [];
    },
    async 'segments.create'() {
      return { id: 1, members: 0 };
    },
    async 'segments.count'() {
      return { members: 0, estimated: false, suggestions: [] };
    },
    async 'segments.delete'() {
      return { deleted: false };
    },
    async 'segments.update'({ segmentId }) {
      return { id: segmentId, members: 0 };
    },
    async 'segments.fields'() {
      return [];
    },
    async 'segments.values'() {
      return { values: [], sampled: false };
    },
    async 'exports.csv'() {
      return { file: '/tmp/x.csv', entity: 'leads', rows: 0, flavour: 'crm', extraColumns: [], extraColumnsCapped: false };
    },
    async 'lists.create'() {
      return { id: 1 };
    },
    async 'lists.add'({ listId }) {
      return { listId, requested: 0, added: 0, alreadyThere: 0 };
    },
    async 'lists.get'({ listId }) {
      return { id: listId, name: 'A list', entity: 'leads', members: 0, createdAt: '2026-01-01 00:00:00', items: [] };
    },
    async 'lists.members'({ listId }) {
      return { listId, total: 0, unfiltered: 0, offset: 0, members: [], extraFields: [] };
    },
    async 'lists.remove'({ listId }) {
      return { listId, removed: 0 };
    },
    async 'lists.delete'() {
      return { deleted: false };
    },
    ...overrides,
  };
}

describe('dispatch', () => {
  it('calls the handler with the parsed payload and wraps its result as ok', async () => {
    const rejects = vi.fn(async ({ batchId }: { batchId: number }) => ({ batchId, total: 5, rows: [] }));
    const dispatch = createDispatch(fakeApi({ 'imports.rejects': rejects }));

    const result = await dispatch('imports.rejects', { batchId: 7, limit: 10 });

    expect(result).toEqual({ ok: true, data: { batchId: 7, total: 5, rows: [] } });
    expect(rejects).toHaveBeenCalledWith({ batchId: 7, limit: 10 });
  });

  it('rejects an unknown method without calling any handler', async () => {
    const info = vi.fn();
    const dispatch = createDispatch(fakeApi({ 'workspace.info': info }));

    const result = await dispatch('workspace.drop', undefined);

    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', details: { method: 'workspace.drop' } } });
    expect(info).not.toHaveBeenCalled();
  });

  it('does not treat Object.prototype keys as methods', async () => {
    const dispatch = createDispatch(fakeApi());
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await dispatch(name, undefined)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('answers invalid_input with the schema issues when the payload does not parse', async () => {
    const rejects = vi.fn();
    const dispatch = createDispatch(fakeApi({ 'imports.rejects': rejects }));

    const result = await dispatch('imports.rejects', { batchId: -1, limit: 5000 });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const issues = result.error.details?.issues as Array<{ path: unknown[]; message: string }>;
    expect(issues.map((i) => i.path)).toEqual([['batchId'], ['limit']]);
    expect(rejects).not.toHaveBeenCalled();
  });

  it('refuses a payload for a method that takes none', async () => {
    const dispatch = createDispatch(fakeApi());
    const result = await dispatch('imports.list', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('turns an AppError thrown by a service into a failed envelope carrying its code and details', async () => {
    const dispatch = createDispatch(
      fakeApi({
        'imports.rejects': async () => {
          throw new AppError('not_found', 'No import batch 9.', { batchId: 9 });
        },
      }),
    );

    const result = await dispatch('imports.rejects', { batchId: 9 });

    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No import batch 9.', details: { batchId: 9 } } });
  });

  it('masks an unexpected error as internal and logs it exactly once', async () => {
    const logError = vi.fn();
    const boom = new Error('SQLITE_CORRUPT: database disk image is malformed at /home/me/secret.db');
    const dispatch = createDispatch(
      fakeApi({
        'workspace.info': async () => {
          throw boom;
        },
      }),
      { logError },
    );

    const result = await dispatch('workspace.info', undefined);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toContain('SQLITE');
    expect(result.error.message).not.toContain('secret.db');
    expect(result.error.details).toBeUndefined();
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('workspace.info'), boom);
  });

  it('answers a write that waited out SQLite\'s busy timeout (behind an import) as a conflict to retry, without logging it', async () => {
    const logError = vi.fn();
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const dispatch = createDispatch(
      fakeApi({
        'lists.create': async () => {
          throw busy;
        },
      }),
      { logError },
    );
    const result = await dispatch('lists.create', { name: 'x', entity: 'leads' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('import') } });
    expect(logError).not.toHaveBeenCalled();
  });

  it('produces envelopes that survive a JSON round trip unchanged', async () => {
    const dispatch = createDispatch(fakeApi());
    const invalid = await dispatch('imports.rejects', { batchId: 'x' });
    expect(JSON.parse(JSON.stringify(invalid))).toEqual(invalid);
  });
});
