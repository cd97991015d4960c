/**
 * Issue 9, defect 4, through the app's dispatch table: before an import, the
 * preview says how many rows will update leads already in the workspace and
 * by which key; after it, the completed event counts the updates by key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreviewDto, ImportProgressEvent } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';

const app = new AppWorkspace({ threads: 1, importFolders: (ws) => [ws.dir] });
const { ok, writeLines: csv } = app;
beforeEach(() => app.open());
afterEach(() => app.close());

async function importAndWait(path: string): Promise<ImportProgressEvent> {
  await ok('imports.start', { path });
  await app.services.idle();
  return app.importEvents.at(-1)!;
}

describe('imports that update leads already in the workspace', () => {
  it('are counted by key in the preview, and by key again when the import completes', async () => {
    const contacts = csv('contacts.csv', [
      'Record ID,First Name,Last Name,Email,Company Name',
      '101,Jonas,Weber,jonas.weber@acme.de,Acme',
      '102,Marie,Durand,marie.durand@initech.fr,Initech',
      '103,Sam,Lee,sam.lee@globex.com,Globex',
    ]);
    // An empty workspace: nothing to match, so nothing is read past the first rows.
    expect((await ok<ImportPreviewDto>('imports.preview', { path: contacts })).existing).toEqual({
      rowsChecked: 0,
      wholeFile: false,
      matched: 0,
      byKey: {},
    });
    expect(await importAndWait(contacts)).toMatchObject({ status: 'completed', counts: { imported: 3 } });

    const outcomes = csv('outcomes.csv', ['Email,Replied', 'JONAS.WEBER@ACME.DE,yes', 'Marie.Durand@Initech.fr,no', 'new@umbrella.io,yes']);
    const preview = await ok<ImportPreviewDto>('imports.preview', { path: outcomes });
    expect(preview.existing).toEqual({ rowsChecked: 3, wholeFile: true, matched: 2, byKey: { email: 2 } });
    expect(app.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(1);

    const done = await importAndWait(outcomes);
    expect(done).toMatchObject({ status: 'completed', counts: { imported: 1, updated: 2, updatedBy: { email: 2 } } });
    expect(app.ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(4);
  });
});
