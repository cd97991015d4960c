/**
 * User journeys: the segment builder (issue 11 item 5). A segment is built
 * by picking a field, an operator and a value the data offers (keyboard
 * included), with the typed lines kept in sync and "did you mean" fixes for
 * a mistyped field or value; a saved segment is edited while jobs already
 * run from it keep their examples; the Segments tile and table follow
 * changes made elsewhere; a job's filters use the same builder and checks.
 * On the Maven CRM export.
 */
import { SegmentForm } from './pages/segment-form';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_LISTS } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const n = (count: number) => count.toLocaleString('en-US');

describe('The segment builder on the Maven CRM export', () => {
  seedsFor(MAVEN_WITH_LISTS);

  test('builds a segment by picking a field, an operator and a value offered from the data, and fixes typos it names', async ({ studio }) => {
    const { api, page, workspace, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const countWhere = (sql: string) =>
      workspace.db.prepare(`SELECT count(*) FROM leads l LEFT JOIN companies c ON c.id = l.company_id WHERE ${sql}`).pluck().get() as number;
    const medical = countWhere("c.industry = 'medical'");
    const medicalWon = countWhere("c.industry = 'medical' AND l.outcome = 'won'");
    expect(medicalWon).toBeGreaterThan(0);

    const form = workspacePage.segmentForm;
    await form.open();
    await form.name('Medical wins');
    const builder = form.builder;
    await builder.pickField('Company: Industry');
    await builder.pickOperator('is');
    await builder.valueBox().fill('medi');
    // The data's values containing what is typed, with how many leads hold each; picked with the keyboard.
    await expect.poll(() => builder.offeredValues().allInnerTexts()).toEqual([`medical\n${n(medical)}`]);
    expect(await seriousAccessibilityViolations(page, SegmentForm.selector)).toEqual([]);
    await page.screenshot({ path: artifactPath('segment-builder-values.png') });
    await builder.valueBox().press('ArrowDown');
    await expect.poll(() => builder.valueBox().getAttribute('aria-activedescendant')).not.toBeNull();
    await builder.valueBox().press('Enter');
    expect(await builder.valueBox().inputValue()).toBe('medical');
    await builder.add();
    expect(await builder.text()).toBe('company.industry = medical');
    await expect.poll(() => form.count()).toBe(`${n(medical)} leads match now.`);

    // A yes/no field offers yes or no (Maven's deals record the outcome, not a Won column: the picker says so); the outcome its values.
    await builder.pickField('Won (no values)');
    expect(await builder.yesNoChoices()).toEqual(['yes', 'no']);
    await builder.addCondition('Outcome', 'is', 'won');
    expect(await builder.text()).toBe('company.industry = medical\noutcome = won');
    expect(await builder.rows()).toEqual(['Company: Industry is medical', 'Outcome is won']);
    await expect.poll(() => form.count()).toBe(`${n(medicalWon)} leads match now.`);

    // Typed lines show as rows; a value no record holds is answered with the one the data holds.
    await builder.type('company.industry = medicl\noutcome = won');
    expect(await builder.rows()).toEqual(['Company: Industry is medicl', 'Outcome is won']);
    await expect.poll(() => form.count()).toBe('0 leads match now.');
    await expect.poll(() => builder.suggestions().innerText()).toContain('did you mean medical?');
    await page.screenshot({ path: artifactPath('segment-builder-did-you-mean.png') });
    await builder.useSuggestion('medical');
    expect(await builder.text()).toBe('company.industry = medical\noutcome = won');
    await expect.poll(() => form.count()).toBe(`${n(medicalWon)} leads match now.`);

    // A mistyped field is named with the closest one, and fixed in one click.
    await builder.type('company.industy = medical\noutcome = won');
    await expect.poll(() => form.count()).toContain('did you mean company.industry?');
    await builder.useSuggestion('company.industry');
    expect(await builder.text()).toBe('company.industry = medical\noutcome = won');

    // A row edited into "is one of": the values offered follow the item being typed after the last comma.
    await builder.editRow('company.industry = medical');
    await builder.pickOperator('is one of');
    await builder.valueBox().fill('medical, ret');
    await builder.offeredValues().filter({ hasText: /^retail/ }).click();
    expect(await builder.valueBox().inputValue()).toBe('medical, retail, ');
    await builder.add();
    expect(await builder.text()).toBe('company.industry in (medical, retail)\noutcome = won');
    const medicalOrRetailWon = countWhere("c.industry IN ('medical', 'retail') AND l.outcome = 'won'");
    await expect.poll(() => form.count()).toBe(`${n(medicalOrRetailWon)} leads match now.`);

    await form.save();
    const segment = (await api['segments.list']()).find((s) => s.name === 'Medical wins')!;
    expect(segment).toMatchObject({ members: medicalOrRetailWon, conditions: ['company.industry in (medical, retail)', 'outcome = won'] });
    expect(await workspacePage.segmentRow(segment.id).innerText()).toContain(n(medicalOrRetailWon));
  });

  test('edits a saved segment with a live count; a job already run from it keeps its examples', async ({ studio }) => {
    const { api, page, workspace, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const { id } = await api['segments.create']({ name: 'Won deals', entity: 'leads', where: ['outcome = won'] });
    const { jobId } = await api['jobs.start']({ source: { kind: 'segment', id }, minScore: 0, maxResults: 20 });
    await workspacePage.waitForJobStatus(jobId, 'completed');
    const examples = () => workspace.db.prepare('SELECT record_id FROM lookalike_job_examples WHERE job_id = ? ORDER BY record_id').pluck().all(jobId);
    const before = { examples: examples(), positives: (await api['jobs.get']({ jobId, limit: 0 })).positives };
    const outcomes = (await api['campaigns.list']())[0]!.outcomes;

    const form = workspacePage.segmentForm;
    await form.openToEdit('Won deals');
    expect(await form.title()).toBe('Edit segment “Won deals”');
    expect(await form.builder.rows()).toEqual(['Outcome is won']);
    await expect.poll(() => form.count()).toBe(`${n(outcomes.won)} leads match now.`);
    await form.builder.editRow('outcome = won');
    await form.builder.valueBox().fill('lost');
    await form.builder.add();
    expect(await form.builder.text()).toBe('outcome = lost');
    await form.name('Lost deals');
    await expect.poll(() => form.count()).toBe(`${n(outcomes.lost)} leads match now.`);
    await page.screenshot({ path: artifactPath('segment-builder-edit.png') });
    await form.save();

    await expect.poll(() => workspacePage.segmentRow(id).innerText()).toContain('Lost deals');
    expect(await workspacePage.segmentRow(id).innerText()).toContain(n(outcomes.lost));
    expect((await api['segments.list']()).find((s) => s.id === id)).toMatchObject({ name: 'Lost deals', conditions: ['outcome = lost'], members: outcomes.lost });
    // The finished job ranked from the examples it stored, and still says so.
    expect(examples()).toEqual(before.examples);
    expect((await api['jobs.get']({ jobId, limit: 0 })).positives).toBe(before.positives);
  });

  test('the Segments tile and table follow segments created, edited and deleted elsewhere', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const before = await workspacePage.statValue('segments');
    // Another window, or a script on the API: nothing is done in this page.
    const { id } = await api['segments.create']({ name: 'From elsewhere', entity: 'leads', where: ['outcome = won'] });
    await expect.poll(() => workspacePage.statValue('segments')).toBe(before + 1);
    await workspacePage.openSegments();
    await expect.poll(() => workspacePage.segmentRow(id).innerText()).toContain('From elsewhere');
    await api['segments.update']({ segmentId: id, name: 'Renamed elsewhere', where: ['outcome = lost'] });
    await expect.poll(() => workspacePage.segmentRow(id).innerText()).toContain('Renamed elsewhere');
    await api['segments.delete']({ segmentId: id });
    await workspacePage.segmentRow(id).waitFor({ state: 'detached' });
    await expect.poll(() => workspacePage.statValue('segments')).toBe(before);
  });

  test("a job's filters use the same builder: the records passing them are counted, a mistyped field is named and the job refused", async ({ studio }) => {
    const { api, page, workspace, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const medical = workspace.db
      .prepare("SELECT count(*) FROM leads l JOIN companies c ON c.id = l.company_id WHERE c.industry = 'medical'")
      .pluck()
      .get() as number;
    const jobsBefore = (await api['jobs.list']()).length;
    const jobForm = workspacePage.jobForm;
    await jobForm.open();
    await jobForm.chooseSource('sales_pipeline.csv');
    await jobForm.fill({ minScore: '0', maxResults: '25' });
    await jobForm.showLeaveOut();
    await jobForm.filters.addCondition('Company: Industry', 'is', 'medical');
    expect(await jobForm.filters.text()).toBe('company.industry = medical');
    await expect.poll(() => jobForm.filters.count()).toBe(`${n(medical)} leads pass the filters.`);
    await page.screenshot({ path: artifactPath('segment-builder-job-filters.png') });

    await jobForm.filters.type('company.industy = medical');
    await expect.poll(() => jobForm.filters.count()).toContain('did you mean company.industry?');
    await jobForm.start();
    await expect.poll(() => jobForm.alert().allInnerTexts()).toContainEqual(expect.stringContaining('did you mean company.industry?'));
    expect(await api['jobs.list']()).toHaveLength(jobsBefore);

    await jobForm.filters.useSuggestion('company.industry');
    expect(await jobForm.filters.text()).toBe('company.industry = medical');
    await jobForm.start();
    await jobForm.waitUntilClosed();
    const jobs = await api['jobs.list']();
    expect(jobs).toHaveLength(jobsBefore + 1);
    expect((await api['jobs.get']({ jobId: jobs[0]!.id, limit: 0 })).params).toMatchObject({
      filters: [{ field: 'company.industry', op: '=', values: ['medical'] }],
    });
  });
});

describe('The segment builder at 1024 and 1440 px wide, light and dark', () => {
  seedsFor(MAVEN_WITH_LISTS);

  for (const size of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${size.width}, ${scheme}: nothing clipped, no serious accessibility problem with the values open`, async ({ studio }) => {
        const { page, workspacePage } = await studio.open(MAVEN_WITH_LISTS, { viewport: size, colorScheme: scheme });
        const form = workspacePage.segmentForm;
        await form.open();
        await form.name('Medical');
        await form.builder.addCondition('Company: Industry', 'is', 'medical');
        await form.builder.pickField('Owner');
        await form.builder.valueBox().click();
        await expect.poll(() => form.builder.offeredValues().count()).toBeGreaterThan(1);
        await page.screenshot({ path: artifactPath(`segment-builder-${size.width}-${scheme}.png`) });
        const overflow = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
        expect(overflow[0]).toBeLessThanOrEqual(overflow[1]);
        for (const control of [form.builder.field(), form.builder.valueBox(), form.root.getByRole('button', { name: 'Add condition' }), form.root.getByRole('button', { name: 'Save segment' })]) {
          const box = (await control.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        }
        expect(await seriousAccessibilityViolations(page, SegmentForm.selector)).toEqual([]);
      });
    }
  }
});
