/**
 * The segment language as analysts type it (issue 11): yes/no fields written
 * any common way, countries as names or codes in any case, outcomes checked
 * by name, and a mistyped field answered with the closest one — in segments
 * and, before anything runs, in a job's filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../src-main/ipc/dispatch';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { dispatchCalls } from '../../helpers/dispatch-calls';
import { importLeads } from '../../helpers/engine-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let call: Dispatch;
const { ok, fails } = dispatchCalls(() => call);

const COUNTRIES = ['United States', 'US', 'usa', 'U.S.A.', 'Germany', 'DE', 'Deutschland', 'France', '', 'Atlantis'];
const WON = ['Yes', 'No', 'true', 'false', '1', '0', 'yes', '', 'TRUE', 'no'];

beforeAll(async () => {
  ws = tempWorkspace();
  await importLeads(
    ws,
    COUNTRIES.map((country, i) => ({
      'Record ID': `r${i}`,
      Email: `p${i}@firm${i}.example`,
      'Job Title': i % 2 ? 'VP of Sales' : 'Engineer',
      Industry: i % 3 ? 'Computer Software' : 'Retail',
      Country: country,
      Won: WON[i]!,
      Replied: i < 5 ? 'yes' : 'no',
    })),
  );
  services = openAppServices(ws, { threads: 1 });
  call = createDispatch(services.api, { logError: () => undefined });
});
afterAll(async () => {
  await services?.close();
  ws?.cleanup();
});

const count = async (...where: string[]) => (await ok<{ members: number }>('segments.count', { entity: 'leads', where })).members;

describe('the segment language as analysts type it', () => {
  it('reads a yes/no field written true/false, yes/no or 1/0 in any case, the same for every flag field', async () => {
    const won = ws.db.prepare('SELECT count(*) FROM leads WHERE won = 1').pluck().get() as number;
    const lost = ws.db.prepare('SELECT count(*) FROM leads WHERE won = 0').pluck().get() as number;
    expect(won).toBeGreaterThan(0);
    for (const yes of ['true', 'yes', '1', 'TRUE', 'Yes', 'on']) expect(await count(`won = ${yes}`)).toBe(won);
    for (const no of ['false', 'no', '0', 'False', 'NO']) expect(await count(`won = ${no}`)).toBe(lost);
    expect(await count('won in (yes, 1)')).toBe(won);
    for (const yes of ['true', 'yes', '1']) expect(await count(`replied = ${yes}`)).toBe(5);
    expect(await fails('segments.count', { entity: 'leads', where: ['won = maybe'] })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/"won" is yes or no.*"maybe" is neither/),
    });
  });

  it('matches a country by its code or any of its names, in any case, as the data holds it', async () => {
    for (const us of ['US', 'us', 'United States', 'united states', 'USA', 'U.S.A.', 'United States of America']) {
      expect(await count(`country = ${us}`)).toBe(4);
    }
    expect(await count('country = Germany')).toBe(3);
    expect(await count('country in (US, de)')).toBe(7);
    expect(await count('country != US')).toBe(COUNTRIES.length - 4);
    // Text that names no country compares as text, ignoring case.
    expect(await count('country = atlantis')).toBe(1);
    expect(await count('company.country = US')).toBe(0);
  });

  it('refuses an outcome that is not one, naming the valid ones', async () => {
    const error = await fails('segments.count', { entity: 'leads', where: ['outcome = winner'] });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('"winner" is not an outcome');
    expect(error.message).toContain('open, sent, opened, replied, won, lost');
    expect(await count('outcome = WON')).toBe(await count('outcome = won'));
  });

  it('answers a mistyped field with the closest field, not a list of every field', async () => {
    const error = await fails('segments.create', { name: 'x', entity: 'leads', where: ['industy = software'] });
    expect(error).toMatchObject({ code: 'invalid_input', details: { field: 'industy', suggestion: 'industry' } });
    expect(error.message).toMatch(/^Unknown field "industy" — did you mean industry\?/);
    expect(error.message).not.toContain('seniority');
    expect((await fails('segments.count', { entity: 'leads', where: ['contry = US'] })).message).toContain('did you mean country?');
    expect((await fails('segments.count', { entity: 'leads', where: ['zzzzzz = 1'] })).message).not.toContain('did you mean');
  });

  it('checks a job\'s filters the same way before the job starts, naming the closest field', async () => {
    const list = await ok<{ id: number }>('lists.create', { name: 'seed', entity: 'leads' });
    const ids = ws.db.prepare('SELECT id FROM leads ORDER BY id LIMIT 3').pluck().all() as number[];
    await ok('lists.add', { listId: list.id, ids });
    const jobsBefore = ws.db.prepare('SELECT count(*) FROM lookalike_jobs').pluck().get();
    const typo = await fails('jobs.start', { source: { kind: 'list', id: list.id }, filters: ['industy = software'] });
    expect(typo).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('did you mean industry?') });
    const outcome = await fails('jobs.start', { source: { kind: 'list', id: list.id }, filters: ['outcome = winner'] });
    expect(outcome.message).toContain('"winner" is not an outcome');
    expect(ws.db.prepare('SELECT count(*) FROM lookalike_jobs').pluck().get()).toBe(jobsBefore);
  });
});
