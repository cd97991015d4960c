/**
 * Issue 9, defect 4 follow-up: a workspace an older importer built holds a
 * skeleton lead beside each real one (its outcome on the skeleton) and two
 * copies of each company. The journey: the Overview says so, the review
 * shows the counts by key and a sample, Merge asks once, merges and says
 * what it did; the workspace counts drop, the notice goes, and Undo puts
 * everything back (the notice returns).
 */
import { DuplicatesNotice } from './pages/duplicates-notice';
import { artifactPath } from './support/artifacts';
import { OLD_STYLE_DUPLICATES } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('merging an older workspace’s duplicates', () => {
  seedsFor(OLD_STYLE_DUPLICATES);

  for (const [width, colorScheme] of [[1024, 'dark'], [1440, 'light']] as const) {
    test(`the Overview finds them, merges them after one question and undoes it (${width} px, ${colorScheme})`, async ({ studio }) => {
      const { page, api, workspacePage } = await studio.open(OLD_STYLE_DUPLICATES, { viewport: { width, height: 900 }, colorScheme });
      const notice = new DuplicatesNotice(page);
      await notice.root.waitFor();
      expect(await notice.title()).toBe('4 leads and 3 companies look imported twice (same email / same domain)');
      expect(await workspacePage.statValue('leads')).toBe(8);

      await notice.openReview();
      expect(await notice.countsByKey()).toEqual(['Leads|same email|4', 'Companies|same domain|3']);
      const sample = await notice.sampleRows();
      expect(sample[0]).toEqual(['same email jane@acme.com', 'jane@acme.com', 'Jane Doe · 39779198735', 'Replied, Campaign, Extra fields · 1 campaign outcome']);
      expect(sample.map((r) => r[2]!.split(' · ')[0])).toEqual(['Jane Doe', 'John Smith', 'Maria Garcia', 'Wei Chen', 'Acme Inc', 'Globex GmbH', 'Initech']);
      await page.screenshot({ path: artifactPath(`duplicates-review-${width}-${colorScheme}.png`), fullPage: true });

      const bar = await notice.askToMerge();
      expect(await bar.innerText()).toMatch(/^Merge 4 leads and 3 companies into the records they duplicate\? Only blanks are filled; you can undo it until the next import\./);
      await page.screenshot({ path: artifactPath(`duplicates-confirm-${width}-${colorScheme}.png`), fullPage: true });
      expect(await notice.confirmMerge()).toMatch(/^Merged 4 leads and 3 companies into the records they duplicate: \d+ blanks filled, \d+ different values kept as the surviving record had them, 8 links \(lists, campaigns, jobs\) moved\.$/);
      await expect.poll(() => workspacePage.statValue('leads')).toBe(4);
      await expect.poll(() => notice.root.count()).toBe(0);
      await page.screenshot({ path: artifactPath(`duplicates-merged-${width}-${colorScheme}.png`), fullPage: true });
      expect((await api['workspace.duplicates']()).lastMerge).toMatchObject({ leads: 4, companies: 3, undoable: true });

      expect(await notice.undo()).toBe('Undid the merge: 4 leads and 3 companies are back as they were.');
      await expect.poll(() => workspacePage.statValue('leads')).toBe(8);
      await notice.root.waitFor();
      expect(await notice.title()).toBe('4 leads and 3 companies look imported twice (same email / same domain)');

      // While a merge runs (held here, as one of seconds at 100k leads is), Merge says so and waits.
      await notice.openReview();
      await notice.askToMerge();
      const merging = await notice.confirmMergeHeld(() => page.screenshot({ path: artifactPath(`duplicates-merging-${width}-${colorScheme}.png`), fullPage: true }));
      expect(merging).toEqual({ label: 'Merging…', disabled: true });
      await expect.poll(() => workspacePage.statValue('leads')).toBe(4);
    });
  }
});
