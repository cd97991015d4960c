/**
 * User journey: taking a job's candidates to the CRM. The export is a CSV
 * beside the workspace, UTF-8 with a BOM for Excel, one row per candidate
 * with its score; the window says where it went. (A list's export is part
 * of the list journey in review-and-lists.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAVEN_WITH_JOB } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('Exporting candidates from the Maven CRM export', () => {
  seedsFor(MAVEN_WITH_JOB);

  test('exports a job\'s candidates to a CRM-ready CSV beside the workspace and says where', async ({ studio }) => {
    const { api, dir, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    const status = await panel.exportCsv();
    const file = /Exported 100 rows to (.+\.csv)/.exec(status)?.[1];
    expect(file).toBe(join(dir, 'exports', `lookalike-job-${jobId}-for-crm-${new Date().toISOString().slice(0, 10)}.csv`));
    const text = readFileSync(file!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // UTF-8 with BOM, for Excel
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toContain('Lookalike Score');
    await panel.close();
  });
});
