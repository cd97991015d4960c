import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishJob, insertCandidates, insertJob, writeLookalikeScores } from '../../../src-main/db/queries/jobs';
import { openWorkspace } from '../../../src-main/db/workspace';
import { CliWorkspace } from '../../helpers/cli-workspace';

/** Lead ids by email in the imported HubSpot fixture. */
let ids: Record<string, number>;

const cw = new CliWorkspace();
const { run } = cw;
beforeEach(async () => {
  await cw.open();
  const ws = openWorkspace(cw.db);
  ids = Object.fromEntries((ws.db.prepare('SELECT email, id FROM leads').all() as { email: string; id: number }[]).map((r) => [r.email, r.id]));
  ws.close();
});
afterEach(() => cw.close());
const json = async (...args: string[]) => {
  const r = await run(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

/** A job over leads (completed unless told otherwise) whose candidates are given best first, as the engine stores them. */
function seedJob(candidates: { email: string; score: number; reasons: Record<string, number> }[], completed = true, entity: 'leads' | 'companies' = 'leads'): number {
  const ws = openWorkspace(cw.db);
  try {
    const job = insertJob(ws.db, { entity, sourceKind: 'campaign', sourceId: 1, sourceName: 'hubspot-contacts.csv', params: { top: 100 } });
    const rows = candidates.map((c) => ({ recordId: ids[c.email]!, score: c.score, reasons: c.reasons }));
    insertCandidates(ws.db, job, rows);
    writeLookalikeScores(ws.db, entity, `job:${job}`, job, rows);
    if (completed) finishJob(ws.db, job, 'completed', { candidates: rows.length });
    return job;
  } finally {
    ws.close();
  }
}

describe('lookalike list', () => {
  it('create --json prints the new id; list list counts members', async () => {
    expect(await json('list', 'create', '--name', 'Q3 targets')).toEqual({ id: 1 });
    const human = await run('list', 'create', '--name', 'Accounts', '--entity', 'companies');
    expect(human.stdout).toMatch(/Created list 2 "Accounts" \(companies\)/);
    await run('list', 'add', '1', '--leads', `${ids['jane@acme.com']},${ids['wei@initech.io']}`);
    expect(await json('list', 'list')).toEqual([
      expect.objectContaining({ id: 1, name: 'Q3 targets', entity: 'leads', members: 2 }),
      expect.objectContaining({ id: 2, name: 'Accounts', entity: 'companies', members: 0 }),
    ]);
  });

  it('add --leads adds each lead once and says how many were added and already there', async () => {
    await run('list', 'create', '--name', 'Picks');
    const jane = ids['jane@acme.com']!;
    const john = ids['john.smith@acme.com']!;
    expect(await json('list', 'add', '1', '--leads', `${jane},${jane}`)).toEqual({ listId: 1, requested: 1, added: 1, alreadyThere: 0 });
    const again = await run('list', 'add', '1', '--leads', `${jane}, ${john}`);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Added 1 lead to list 1 "Picks" \(1 already there\); it now has 2\./);
  });

  it('refuses unknown ids by name and adds nothing, exit 1', async () => {
    await run('list', 'create', '--name', 'Picks');
    const r = await run('list', 'add', '1', '--leads', `${ids['jane@acme.com']},9991,9992`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No leads with id 9991, 9992/);
    expect(r.stderr).toMatch(/nothing was added/);
    expect((await json('list', 'show', '1')).members).toBe(0);
  });

  it('add --from-job takes the candidates above --min-score, best first, up to --top', async () => {
    await run('list', 'create', '--name', 'Lookalikes');
    const job = seedJob([
      { email: 'maria.garcia@gmail.com', score: 0.9, reasons: { industry: 0.5 } },
      { email: 'wei@initech.io', score: 0.7, reasons: { size: 0.4 } },
      { email: 'john.smith@acme.com', score: 0.3, reasons: { title: 0.3 } },
    ]);
    expect(await json('list', 'add', '1', '--from-job', String(job), '--min-score', '0.5', '--top', '1')).toMatchObject({ added: 1 });
    expect((await json('list', 'show', '1')).items.map((m: { email: string }) => m.email)).toEqual(['maria.garcia@gmail.com']);
    expect(await json('list', 'add', '1', '--from-job', String(job), '--min-score', '0.5')).toMatchObject({ requested: 2, added: 1, alreadyThere: 1 });
    expect(await json('list', 'add', '1', '--from-job', String(job))).toMatchObject({ requested: 3, added: 1, alreadyThere: 2 });
  });

  it('refuses a job that has not completed (exit 1) or ranks the other entity (exit 2)', async () => {
    await run('list', 'create', '--name', 'Lookalikes');
    const pending = seedJob([{ email: 'wei@initech.io', score: 0.7, reasons: {} }], false);
    const r = await run('list', 'add', '1', '--from-job', String(pending));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Job \d+ is pending/);
    await run('list', 'create', '--name', 'Accounts', '--entity', 'companies');
    const done = seedJob([{ email: 'wei@initech.io', score: 0.7, reasons: {} }]);
    const mismatch = await run('list', 'add', '2', '--from-job', String(done));
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/ranks leads but list 2 holds companies/);
    expect((await run('list', 'add', '1', '--from-job', '999')).code).toBe(1);
  });

  it('show lists the members with name, email, title, company, outcome and their latest lookalike score', async () => {
    await run('list', 'create', '--name', 'Picks');
    await run('list', 'add', '1', '--leads', `${ids['jane@acme.com']},${ids['maria.garcia@gmail.com']}`);
    seedJob([{ email: 'maria.garcia@gmail.com', score: 0.5, reasons: {} }]);
    const newer = seedJob([{ email: 'maria.garcia@gmail.com', score: 0.8, reasons: {} }]);
    const list = await json('list', 'show', '1');
    expect(list).toMatchObject({ id: 1, name: 'Picks', entity: 'leads', members: 2 });
    // Each member also carries its CRM id (recordId), checked below.
    expect(list.items).toMatchObject([
      { id: ids['jane@acme.com'], name: 'Jane Doe', email: 'jane@acme.com', title: 'VP of Sales', company: 'Acme Inc', outcome: 'won', score: null, scoreJobId: null },
      {
        id: ids['maria.garcia@gmail.com'], name: 'Maria Garcia', email: 'maria.garcia@gmail.com', title: 'Head of Growth', company: 'Globex GmbH',
        outcome: 'replied', score: 0.8, scoreJobId: newer,
      },
    ]);
    for (const item of list.items as { recordId: unknown }[]) expect(item.recordId === null || typeof item.recordId === 'string').toBe(true);
    const human = await run('list', 'show', '1');
    expect(human.stdout).toMatch(/List 1 "Picks" \(leads\): 2 members/);
    expect(human.stdout).toMatch(/Maria Garcia\s+maria\.garcia@gmail\.com\s+Head of Growth\s+Globex GmbH\s+replied\s+0\.800/);
    const limited = await run('list', 'show', '1', '--limit', '1');
    expect(limited.stdout).toMatch(/1 more/);
  });

  it('exits 2 on usage errors: no source, two sources, ids of the wrong kind, bad ids', async () => {
    await run('list', 'create', '--name', 'Picks');
    expect((await run('list', 'add', '1')).code).toBe(2);
    expect((await run('list', 'add', '1', '--leads', '1', '--from-job', '1')).code).toBe(2);
    expect((await run('list', 'add', '1', '--companies', '1')).code).toBe(2);
    expect((await run('list', 'add', '1', '--leads', '1,x')).code).toBe(2);
    expect((await run('list', 'add', '1', '--leads', '1', '--top', '3')).code).toBe(2);
    expect((await run('list', 'add', 'one', '--leads', '1')).code).toBe(2);
    expect((await run('list', 'create')).code).toBe(2);
    expect((await run('list', 'show', '7')).code).toBe(1);
  });
});
