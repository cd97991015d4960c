/**
 * Importing from the app, through the dispatch table: preview a file (format,
 * CRM preset, each column's field, overrides), import it in the background
 * with pushed progress, cancel one, and never run an import beside a job.
 * Only files the user chose are read: picked in the Open dialog, uploaded, or
 * inside a folder they named (here the datasets and the test's folder).
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreviewDto } from '../../../src-main/contract/dto';
import { plainData } from '../../helpers/dispatch-calls';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { openAppServices } from '../../../src-main/services/app-services';
import { AppWorkspace } from '../../helpers/app-workspace';
import { DATA } from '../../helpers/temp-workspace';

const MAVEN = join(DATA, 'maven-crm-sales-opportunities');
const app = new AppWorkspace({ threads: 2, importFolders: (ws) => [DATA, ws.dir] });
const { ok, fails } = app;
beforeEach(() => app.open());
afterEach(() => app.close());

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
    expect(app.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);

    const ignored = await ok<ImportPreviewDto>('imports.preview', { path: join(MAVEN, 'accounts.csv'), overrides: { sector: '-' } });
    expect(ignored.columns.find((c) => c.header === 'sector')).toMatchObject({ ignored: true, reason: 'ignored by your mapping' });
    expect(await fails('imports.preview', { path: join(MAVEN, 'accounts.csv'), overrides: { sector: 'sectr' } })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('sector'),
    });
  });

  it('names the file when it cannot be read', async () => {
    const missing = join(app.ws.dir, 'nope.csv');
    expect(await fails('imports.preview', { path: missing })).toMatchObject({ code: 'file_error', message: expect.stringContaining(missing) });
    expect(await fails('imports.start', { path: app.ws.dir })).toMatchObject({ code: 'file_error', message: expect.stringContaining('not a file') });
    expect(await fails('imports.start', { path: '' })).toMatchObject({ code: 'invalid_input' });
  });

  it('imports in the background with pushed progress, and the history and counts follow', async () => {
    expect(await ok('imports.start', { path: join(MAVEN, 'sales_pipeline.csv') })).toEqual({ file: 'sales_pipeline.csv' });
    await app.services.idle();
    expect(app.importEvents[0]).toMatchObject({ file: 'sales_pipeline.csv', status: 'running' });
    const last = app.importEvents.at(-1)!;
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
    await app.services.idle();
    expect(await ok('lists.create', { name: 'Later', entity: 'leads' })).toMatchObject({ id: 1 });
    await ok('jobs.start', { source: { kind: 'campaign', id: 1 }, minScore: 0, maxResults: 10 });
    expect(await fails('imports.start', { path: join(MAVEN, 'accounts.csv') })).toMatchObject({ code: 'conflict', message: expect.stringContaining('job') });
    await app.services.idle();
    await ok('imports.start', { path: join(MAVEN, 'accounts.csv') });
    await app.services.idle();
    expect(app.importEvents.at(-1)).toMatchObject({ file: 'accounts.csv', status: 'completed' });
  }, 60_000);

  it('cancels an import: nothing of it is kept', async () => {
    const dir = join(app.ws.dir, 'in');
    mkdirSync(dir);
    const file = join(dir, 'contacts.csv');
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},Person ${i},p${i}@firm${i % 500}.example,VP of Sales,Firm ${i % 500}`);
    writeFileSync(file, ['Record ID,Full Name,Email,Job Title,Company Name', ...rows].join('\n'));
    await ok('imports.start', { path: file });
    expect(await ok('imports.cancel')).toEqual({ cancelled: true });
    await app.services.idle();
    expect(app.importEvents.at(-1)).toMatchObject({ status: 'cancelled', message: expect.stringContaining('cancelled') });
    expect(app.ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(0);
    expect(await ok('imports.cancel')).toEqual({ cancelled: false });
  });

  it('has no file dialog without the desktop shell', async () => {
    expect(await ok('imports.pickFile')).toEqual({ available: false, path: null });
  });

  it('reads no path outside the named folders, symlinks followed, and says what to do instead', async () => {
    const outside = join(MAVEN, '..', '..', 'outside.csv');
    for (const path of ['/etc/passwd', '/etc/../etc/passwd', outside, join(app.ws.dir, '..', 'elsewhere.csv')]) {
      const refused = await fails('imports.preview', { path });
      expect(refused, path).toMatchObject({ code: 'forbidden', message: expect.stringContaining(`${path} was not read`) });
      expect(refused.message).toContain('Import CSV…');
      expect(await fails('imports.start', { path }), path).toMatchObject({ code: 'forbidden' });
    }
    symlinkSync('/etc/passwd', join(app.ws.dir, 'passwd.csv'));
    expect(await fails('imports.preview', { path: join(app.ws.dir, 'passwd.csv') })).toMatchObject({ code: 'forbidden' });
    expect(await ok('imports.list')).toEqual([]);
  });

  it('with no dialog, uploads or named folders, refuses every file, existing or not, alike', async () => {
    const bare = openAppServices(app.ws, { threads: 1 });
    const dispatch = createDispatch(bare.api, { logError: () => undefined });
    try {
      const existing = await dispatch('imports.preview', { path: join(MAVEN, 'accounts.csv') });
      const missing = await dispatch('imports.preview', { path: join(MAVEN, 'missing.csv') });
      expect(existing).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(missing).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatch('imports.preview', { uploadId: 'AAAAAAAAAAAAAAAAAAAAAAAA' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await bare.close();
    }
  });

  it('imports an uploaded file by its id, then removes it; unknown or path-like ids are refused', async () => {
    const withUploads = openAppServices(app.ws, { threads: 1 }, { uploads: true });
    const dispatch = createDispatch(withUploads.api, { logError: () => undefined });
    try {
      const uploads = withUploads.uploads!;
      const slot = uploads.create('../../contacts.csv');
      expect(slot.path.startsWith(join(app.ws.dir, 'workspace.db.uploads'))).toBe(true);
      const csv = 'Record ID,Email\nR1,a@b.example\nR2,b@c.example\n';
      writeFileSync(slot.path, csv);
      expect(uploads.commit(slot.uploadId, csv.length)).toEqual({ uploadId: slot.uploadId, file: 'contacts.csv', bytes: csv.length });
      const preview = await dispatch('imports.preview', { uploadId: slot.uploadId });
      expect(preview.ok && plainData(preview.data)).toMatchObject({ file: 'contacts.csv', source: { uploadId: slot.uploadId } });
      expect(await dispatch('imports.start', { uploadId: slot.uploadId })).toEqual({ ok: true, data: { file: 'contacts.csv' } });
      await withUploads.idle();
      expect(existsSync(slot.path)).toBe(false);
      expect(await dispatch('imports.list', undefined)).toMatchObject({ ok: true, data: [{ fileName: 'contacts.csv', status: 'completed' }] });
      expect(await dispatch('imports.preview', { uploadId: slot.uploadId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await dispatch('imports.preview', { uploadId: '../../../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await dispatch('imports.preview', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      // Let go by the browser: removed, unless an import is reading it.
      const idle = uploads.create('idle.csv');
      writeFileSync(idle.path, csv);
      uploads.commit(idle.uploadId, csv.length);
      expect(uploads.release(idle.uploadId)).toBe(true);
      expect(existsSync(idle.path)).toBe(false);
      const busy = uploads.create('busy.csv');
      writeFileSync(busy.path, csv);
      uploads.commit(busy.uploadId, csv.length);
      uploads.pathOf(busy.uploadId, { hold: true });
      expect(uploads.release(busy.uploadId)).toBe(false);
      expect(existsSync(busy.path)).toBe(true);
    } finally {
      await withUploads.close();
    }
    expect(existsSync(join(app.ws.dir, 'workspace.db.uploads'))).toBe(true);
  });

  it('with a file dialog, reads only the files picked in it', async () => {
    const withDialog = openAppServices(app.ws, { threads: 2 }, { chooseImportFile: async () => join(MAVEN, 'accounts.csv') });
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
