/**
 * Importing from the app, through the dispatch table: preview a file (format,
 * CRM preset, each column's field, overrides), import it in the background
 * with pushed progress, cancel one, and never run an import beside a job.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreviewDto, ImportProgressEvent } from '../../../src-main/contract/dto';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { DATA, tempWorkspace } from '../../helpers/temp-workspace';

const MAVEN = join(DATA, 'maven-crm-sales-opportunities');
let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok, fails } = dispatchCalls(() => call);
let events: ImportProgressEvent[];


beforeEach(() => {
  ws = tempWorkspace();
  services = openAppServices(ws, { threads: 2 });
  call = createDispatch(services.api, { logError: () => undefined });
  events = [];
  services.events.subscribe((event, payload) => {
    if (event === 'imports.progress') events.push(payload as ImportProgressEvent);
  });
});
afterEach(async () => {
  await services.close();
  ws.cleanup();
});

describe('imports from the app', () => {
  it('previews a file: its format, the CRM it came from, and the field of each column, writing nothing', async () => {
    const p = await ok<ImportPreviewDto>('imports.preview', { path: join(MAVEN, 'accounts.csv') });
    expect(p).toMatchObject({ file: 'accounts.csv', preset: 'Maven CRM accounts', entity: 'companies', encoding: 'utf-8', delimiter: ',' });
    expect(p.columns.find((c) => c.header === 'sector')).toMatchObject({ field: 'industry', ignored: false });
    expect(p.columns.find((c) => c.header === 'sector')!.sample).toBeTruthy();
    expect(p.columns.find((c) => c.header === 'sector')!.reason).toBe('header matches the Maven CRM accounts preset');
    expect(p.columns.find((c) => c.header === 'year_established')!.reason).toBe('no field matches this header — kept as an extra field');
    expect(p.fields).toContain('industry');
    expect(p.identity).toMatch(/company name|name/);
    expect(ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);

    const ignored = await ok<ImportPreviewDto>('imports.preview', { path: join(MAVEN, 'accounts.csv'), overrides: { sector: '-' } });
    expect(ignored.columns.find((c) => c.header === 'sector')).toMatchObject({ ignored: true, reason: 'ignored by your mapping' });
    expect(await fails('imports.preview', { path: join(MAVEN, 'accounts.csv'), overrides: { sector: 'sectr' } })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('sector'),
    });
  });

  it('names the file when it cannot be read', async () => {
    const missing = join(ws.dir, 'nope.csv');
    expect(await fails('imports.preview', { path: missing })).toMatchObject({ code: 'file_error', message: expect.stringContaining(missing) });
    expect(await fails('imports.start', { path: ws.dir })).toMatchObject({ code: 'file_error', message: expect.stringContaining('not a file') });
    expect(await fails('imports.start', { path: '' })).toMatchObject({ code: 'invalid_input' });
  });

  it('imports in the background with pushed progress, and the history and counts follow', async () => {
    expect(await ok('imports.start', { path: join(MAVEN, 'sales_pipeline.csv') })).toEqual({ file: 'sales_pipeline.csv' });
    await services.idle();
    expect(events[0]).toMatchObject({ file: 'sales_pipeline.csv', status: 'running' });
    const last = events.at(-1)!;
    expect(last).toMatchObject({ status: 'completed', rows: 8_800, counts: { imported: 8_800, updated: 0, unchanged: 0, rejected: 0 } });
    expect(last.batchId).toBeGreaterThan(0);
    expect((await ok<{ id: number }[]>('imports.list')).map((b) => b.id)).toEqual([last.batchId]);
    expect((await ok<{ stats: { leads: number } }>('workspace.info')).stats.leads).toBe(8_800);
  });

  it('imports one file at a time, and never beside a lookalike job', async () => {
    await ok('imports.start', { path: join(MAVEN, 'sales_pipeline.csv') });
    expect(await fails('imports.start', { path: join(MAVEN, 'accounts.csv') })).toMatchObject({ code: 'conflict', message: expect.stringContaining('sales_pipeline.csv') });
    expect(await fails('jobs.start', { source: { kind: 'campaign', id: 1 } })).toMatchObject({ code: 'conflict', message: expect.stringContaining('importing') });
    // Other writes are refused at once rather than stalled behind the import's write lock.
    expect(await fails('lists.create', { name: 'Later', entity: 'leads' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('sales_pipeline.csv is importing') });
    expect(await ok('lists.list')).toEqual([]); // reads go on
    await services.idle();
    expect(await ok('lists.create', { name: 'Later', entity: 'leads' })).toMatchObject({ id: 1 });
    await ok('jobs.start', { source: { kind: 'campaign', id: 1 }, minScore: 0, maxResults: 10 });
    expect(await fails('imports.start', { path: join(MAVEN, 'accounts.csv') })).toMatchObject({ code: 'conflict', message: expect.stringContaining('job') });
    await services.idle();
    await ok('imports.start', { path: join(MAVEN, 'accounts.csv') });
    await services.idle();
    expect(events.at(-1)).toMatchObject({ file: 'accounts.csv', status: 'completed' });
  }, 60_000);

  it('cancels an import: nothing of it is kept', async () => {
    const dir = join(ws.dir, 'in');
    mkdirSync(dir);
    const file = join(dir, 'contacts.csv');
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},Person ${i},p${i}@firm${i % 500}.example,VP of Sales,Firm ${i % 500}`);
    writeFileSync(file, ['Record ID,Full Name,Email,Job Title,Company Name', ...rows].join('\n'));
    await ok('imports.start', { path: file });
    expect(await ok('imports.cancel')).toEqual({ cancelled: true });
    await services.idle();
    expect(events.at(-1)).toMatchObject({ status: 'cancelled', message: expect.stringContaining('cancelled') });
    expect(ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(0);
    expect(await ok('imports.cancel')).toEqual({ cancelled: false });
  });

  it('has no file dialog without the desktop shell (the path is typed)', async () => {
    expect(await ok('imports.pickFile')).toEqual({ available: false, path: null });
  });

  it('with a file dialog, reads only the files picked in it', async () => {
    const withDialog = openAppServices(ws, { threads: 2 }, { chooseImportFile: async () => join(MAVEN, 'accounts.csv') });
    const dispatch = createDispatch(withDialog.api, { logError: () => undefined });
    try {
      const made = await dispatch('imports.preview', { path: join(MAVEN, 'sales_pipeline.csv') });
      expect(made).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatch('imports.pickFile', undefined)).toEqual({ ok: true, data: { available: true, path: join(MAVEN, 'accounts.csv') } });
      expect(await dispatch('imports.preview', { path: join(MAVEN, 'accounts.csv') })).toMatchObject({ ok: true });
      expect(await dispatch('imports.start', { path: join(MAVEN, 'sales_pipeline.csv') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await withDialog.close();
    }
  });
});
