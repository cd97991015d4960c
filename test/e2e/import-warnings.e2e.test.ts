/**
 * Issue 9: what an import changed in rows it kept (bytes it could not read,
 * stored as �; a value it dropped) is kept with the batch. The journey: a
 * file that is valid UTF-8 but for three bytes and one bad email is
 * previewed, saying which rows will hold �, and imported in the browser; the
 * end of the run points to the history; there, after a
 * reload, the batch lists each warning with its row, column and bytes, and
 * downloads them all as a CSV where exports go.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFaultyCrmCsv } from '../helpers/faulty-crm-csv';
import { ImportPanel, RowWarnings } from './pages/import-panel';
import { artifactPath } from './support/artifacts';
import { EMPTY } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

/** Rows 3 and 5 hold stray bytes (2 and 1), row 4 an email with a control character; row 6 is fine. */
function faultyFile(dir: string): string {
  return writeFaultyCrmCsv(join(dir, 'crm-notes.csv'));
}

describe('row warnings in the import history', () => {
  seedsFor(EMPTY);

  for (const [width, colorScheme] of [[1024, 'dark'], [1440, 'light']] as const) {
    test(`are kept with the batch, listed by row and downloaded (${width} px, ${colorScheme})`, async ({ studio }) => {
      const { page, dir, api, workspacePage } = await studio.open(EMPTY, { viewport: { width, height: 900 }, colorScheme });
      const panel = new ImportPanel(page);
      await panel.open();
      await panel.chooseFile(faultyFile(dir));
      await panel.summary().waitFor();
      // Before anything is written: how many bytes become �, and on which rows.
      expect(await panel.replacedBytesNote().innerText()).toBe(
        '3 bytes of this file cannot be read as utf-8: the import stores them as � in 2 rows, keeps those rows and lists each with its warnings.\n\n' +
          'Rows: row 3 (First Name), row 5 (Notes).',
      );
      await panel.root.screenshot({ path: artifactPath(`import-warnings-preview-${width}-${colorScheme}.png`) });
      await panel.startImport();
      await expect.poll(() => panel.outcome().innerText(), { timeout: 30_000 }).toMatch(/^Imported crm-notes\.csv: 5 new/);
      expect(await panel.root.getByTestId('import-warnings').innerText()).toMatch(/3 values were kept with a warning .*select the import below/);
      await panel.close();

      // Another visit: the warnings come from the workspace, not from the run that raised them.
      await page.reload();
      const [batch] = await api['imports.list']();
      expect(batch).toMatchObject({ fileName: 'crm-notes.csv', warnings: 3, replacedBytes: 3 });
      await workspacePage.openImports();
      expect(await page.getByTestId(`warnings-count-${batch!.id}`).innerText()).toBe('3');
      await workspacePage.importRow(batch!.id).click();
      const warnings = new RowWarnings(page);
      await expect.poll(() => warnings.rows().count()).toBe(3);
      expect(await warnings.summary()).toMatch(/^3 values were imported with a warning; 3 bytes the file’s encoding cannot read were stored as �\./);
      const views = await warnings.views();
      expect(views.map(({ row, column, bytes }) => [row, column, bytes])).toEqual([
        ['3', 'First Name', '2'],
        ['4', 'Email', '–'],
        ['5', 'Notes', '1'],
      ]);
      expect(views[1]!.reason).toMatch(/not an email address/);

      // The page never scrolls sideways at this width (a wide table scrolls inside its own box).
      expect(await page.evaluate('document.scrollingElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
      expect(await warnings.root.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await warnings.root.scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifactPath(`import-warnings-${width}-${colorScheme}.png`), fullPage: true });

      const saved = await warnings.download();
      expect(saved.startsWith(join(dir, 'exports'))).toBe(true);
      const cells = Papa.parse<string[]>(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(cells.map((r) => [r[0], r[1], r[3]])).toEqual([
        ['row', 'column', 'replaced bytes'],
        ['3', 'First Name', '2'],
        ['4', 'Email', '0'],
        ['5', 'Notes', '1'],
      ]);
    });
  }
});
