/**
 * User journey: taking a job's candidates or a list's members to the CRM.
 * The export is a CSV beside the workspace, UTF-8 with a BOM for Excel, one
 * row per record with its score; the window says where it went and in which
 * flavour. "Export all N shown" writes exactly the rows the grid shows — its
 * search, filters, minimum score, folded duplicates and order — and the
 * Export dialog offers what the command line does: CRM-exact or
 * spreadsheet-safe, and all, none or some of the imported extra columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_JOB, seedVpLookalikeList } from './support/seeds';
import { defineSeed } from './support/workspace-fixture';
import { describe, expect, seedsFor, test } from './support/studio-test';

const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', 'Nurse', 'Marketing Manager', 'Data Analyst'];
const COUNTRIES = ['Germany', 'United States', 'France', 'Spain'];
const SHORTLIST = 'Export shortlist';

/** 150 people at 23 firms with two unmapped columns and a phone, and Person41 twice (the email in capitals). */
function contactsCsv(): string {
  const header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name', 'Country/Region', 'Region Code', 'Badge Colour'];
  const rows = Array.from({ length: 150 }, (_, i) => [
    `c${i}`,
    `Person${i}`,
    'Tester',
    `p${i}@firm${i % 23}.example`,
    `+1 451 555 ${String(1000 + i)}`,
    TITLES[i % TITLES.length]!,
    `Firm ${i % 23}`,
    COUNTRIES[i % COUNTRIES.length]!,
    `RC-${i % 5}`,
    i % 2 ? 'Red' : 'Blue',
  ]);
  rows.push(['dup-email', ...rows[41]!.slice(1, 3), 'P41@FIRM18.EXAMPLE', ...rows[41]!.slice(4)]);
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

const EXPORT_WORKSPACE = defineSeed('export-shown', (w) => seedVpLookalikeList(w, contactsCsv(), SHORTLIST));

function csvOf(file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('Exporting candidates from the Maven CRM export', () => {
  seedsFor(MAVEN_WITH_JOB);

  test('exports a job\'s candidates to a CRM-ready CSV beside the workspace and says where', async ({ studio }) => {
    const { api, dir, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    const status = await panel.exportCsv();
    const file = /Exported 100 rows to (.+\.csv)/.exec(status)?.[1];
    expect(file).toBe(join(dir, 'exports', `lookalike-job-${jobId}-for-crm-${new Date().toISOString().slice(0, 10)}.csv`));
    expect(await panel.exporter.written()).toMatch(/^for a CRM, /);
    const text = readFileSync(file!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // UTF-8 with BOM, for Excel
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toContain('Lookalike Score');
    await panel.close();
  });
});

describe('Exporting what the grid shows, with the command line\'s choices', () => {
  seedsFor(EXPORT_WORKSPACE);

  test('"Export all N shown" writes the searched, folded, re-sorted candidates, spreadsheet-safe with a picked extra column (1440 px, light)', async ({ studio }) => {
    const { api, workspacePage, page } = await studio.open(EXPORT_WORKSPACE, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    const [job] = await api['jobs.list']();
    const panel = await workspacePage.openCandidates(job!.id);
    await panel.tools.search('firm 1');
    await panel.grid.sortBy('Company', 'descending');
    const unfolded = await api['jobs.candidates']({ jobId: job!.id, limit: 500, search: 'firm 1', sort: { column: 'company', direction: 'desc' } });
    await panel.tools.foldDuplicates();
    expect(workspacePage.hash()).toContain('dups=fold');
    const shown = await api['jobs.candidates']({ jobId: job!.id, limit: 500, search: 'firm 1', sort: { column: 'company', direction: 'desc' }, fold: true });
    // Person41's later record folds away under the earlier one.
    expect(shown.total).toBe(unfolded.total - 1);
    expect(unfolded.candidates.some((c) => c.duplicateOf !== null)).toBe(true);
    expect(shown.candidates.some((c) => c.duplicateOf !== null)).toBe(false);
    await expect.poll(() => panel.exportButton().innerText()).toBe(`Export all ${shown.total} shown`);

    const dialog = await panel.exporter.open();
    await dialog.getByRole('radio', { name: /^Choose/ }).check();
    await page.screenshot({ path: artifactPath('export-dialog-1440-light.png') });
    const status = await panel.exportCsv({ flavour: 'spreadsheet', extras: ['Region Code'] });
    const file = new RegExp(`^Exported ${shown.total} rows to (.+\\.csv)$`).exec(status)?.[1];
    expect(file).toMatch(new RegExp(`lookalike-job-${job!.id}-shown-${shown.total}-for-spreadsheet-`));
    expect(await panel.exporter.written()).toBe('for a spreadsheet, 1 extra column');
    const { header, rows } = csvOf(file!);
    expect(header.at(-1)).toBe('Region Code');
    expect(header).not.toContain('Badge Colour');
    // Exactly the rows shown, in the grid's order.
    expect(rows.map((r) => r['Email'])).toEqual(shown.candidates.map((c) => c.fields.email));
    expect(rows.map((r) => Number(r['Lookalike Rank']))).toEqual(shown.candidates.map((c) => c.rank));
    // Spreadsheet-safe: a phone number starting with + is written as text.
    expect(rows[0]!['Phone']).toMatch(/^'\+1 451 555 /);
    await page.screenshot({ path: artifactPath('export-written-1440-light.png') });
  });

  test('a list\'s searched members, CRM-exact with every extra column; the dialog cancels without writing (1024 px, dark)', async ({ studio }) => {
    const { api, workspacePage, page } = await studio.open(EXPORT_WORKSPACE, { viewport: { width: 1024, height: 768 }, colorScheme: 'dark' });
    const list = (await api['lists.list']()).find((l) => l.name === SHORTLIST)!;
    const panel = await workspacePage.openList(list.id);
    await panel.tools.search('person1');
    const shown = await api['lists.members']({ listId: list.id, limit: 500, search: 'person1' });
    expect(shown.total).toBeLessThan(shown.unfiltered);
    await expect.poll(() => panel.exportButton().innerText()).toBe(`Export all ${shown.total} shown`);

    // Cancel writes nothing and says nothing.
    const dialog = await panel.exporter.open();
    await page.screenshot({ path: artifactPath('export-dialog-1024-dark.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => panel.root.getByTestId('export-status').count()).toBe(0);
    // Esc closed the dialog only, not the list.
    expect(await panel.root.isVisible()).toBe(true);

    const status = await panel.exportCsv();
    const file = new RegExp(`^Exported ${shown.total} rows to (.+\\.csv)$`).exec(status)?.[1];
    expect(await panel.exporter.written()).toBe('for a CRM, 2 extra columns');
    const { header, rows } = csvOf(file!);
    expect(header.slice(-2)).toEqual(['Region Code', 'Badge Colour']);
    expect(rows.map((r) => r['Email'])).toEqual(shown.members.map((m) => m.fields.email));
    // CRM-exact: the phone number as stored.
    expect(rows[0]!['Phone']).toMatch(/^\+1 451 555 /);
    await page.screenshot({ path: artifactPath('export-written-1024-dark.png') });
  });
});
