import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishJob, insertCandidates, insertJob, markJobRunning, thisRunner, updateJobProgress } from '../../../src-main/db/queries/jobs';
import { openWorkspace } from '../../../src-main/db/workspace';
import { cli } from '../../helpers/run-cli';
import { CliWorkspace } from '../../helpers/cli-workspace';

const cw = new CliWorkspace();
const { run } = cw;
beforeEach(() => cw.open());
afterEach(() => cw.close());

describe('lookalike campaign list', () => {
  it('counts each campaign\'s members per outcome, the counts adding up to the members', async () => {
    const f = join(cw.dir, 'sequence.csv');
    writeFileSync(
      f,
      ['Email,First Name,Campaign,Status', 'a@x.com,A,Spring push,Replied', 'b@x.com,B,Spring push,Sent', 'c@x.com,C,Spring push,Sent', 'd@x.com,D,Autumn,Opened'].join('\n'),
    );
    expect((await cli(['import', f, '--db', cw.db], cw.dir)).code).toBe(0);
    const r = await run('campaign', 'list', '--json');
    expect(r.code).toBe(0);
    const campaigns = JSON.parse(r.stdout) as { name: string; members: number; outcomes: Record<string, number> }[];
    const byName = Object.fromEntries(campaigns.map((c) => [c.name, c]));
    // The HubSpot file has outcomes but no campaign column: its rows form a campaign named after it.
    expect(byName['hubspot-contacts.csv']).toMatchObject({ members: 4, outcomes: { open: 1, sent: 0, opened: 0, replied: 1, won: 1, lost: 1 } });
    expect(byName['Spring push']).toMatchObject({ members: 3, outcomes: { open: 0, sent: 2, opened: 0, replied: 1, won: 0, lost: 0 } });
    expect(byName['Autumn']).toMatchObject({ members: 1, outcomes: { opened: 1 } });
    for (const c of campaigns) expect(Object.values(c.outcomes).reduce((a, b) => a + b, 0)).toBe(c.members);
    const human = await run('campaign', 'list');
    expect(human.stdout).toMatch(/Spring push\s+3\s+0\s+2\s+0\s+1\s+0\s+0/);
  });
});

describe('lookalike job show and job list', () => {
  /** Inserts a completed job over the fixture's leads, best first; returns its id and the lead ids by email. */
  function seedJob(): { job: number; ids: Record<string, number> } {
    const ws = openWorkspace(cw.db);
    try {
      const ids = Object.fromEntries((ws.db.prepare('SELECT email, id FROM leads').all() as { email: string; id: number }[]).map((r) => [r.email, r.id]));
      const job = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: 1, sourceName: 'hubspot-contacts.csv', params: { top: 50, minScore: 0.2 } });
      markJobRunning(ws.db, job, 4);
      updateJobProgress(ws.db, job, 4, 4);
      insertCandidates(ws.db, job, [
        { recordId: ids['maria.garcia@gmail.com']!, score: 0.71, reasons: { industry: 0.31, size: 0.12, seniority: 0.09, title: 0.19 } },
        { recordId: ids['wei@initech.io']!, score: 0.42, reasons: { geography: 0.4, lead_other: 0.02 } },
      ]);
      finishJob(ws.db, job, 'completed', { candidates: 2, timings: { embedMs: 12, scoreMs: 3 } });
      return { job, ids };
    } finally {
      ws.close();
    }
  }

  it('show --json gives the job, its progress and timings, and its top candidates with score and reasons', async () => {
    const { job, ids } = seedJob();
    const r = await run('job', 'show', String(job), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown).toMatchObject({
      id: job,
      entity: 'leads',
      status: 'completed',
      source: { kind: 'campaign', id: 1, name: 'hubspot-contacts.csv' },
      params: { top: 50, minScore: 0.2 },
      candidates: 2,
      progress: { processed: 4, total: 4 },
      timings: { embedMs: 12, scoreMs: 3 },
      error: null,
    });
    expect(shown.finishedAt).toEqual(expect.any(String));
    expect(shown.top).toEqual([
      expect.objectContaining({ rank: 1, id: ids['maria.garcia@gmail.com'], score: 0.71, name: 'Maria Garcia', company: 'Globex GmbH', title: 'Head of Growth', reasons: { industry: 0.31, size: 0.12, seniority: 0.09, title: 0.19 } }),
      expect.objectContaining({ rank: 2, id: ids['wei@initech.io'], score: 0.42, name: 'Wei Chen', title: 'CTO & Co-founder' }),
    ]);
    expect(JSON.parse((await run('job', 'show', String(job), '--limit', '1', '--json')).stdout).top).toHaveLength(1);
  });

  it('show prints the reasons in words, largest first', async () => {
    const { job } = seedJob();
    const r = await run('job', 'show', String(job));
    expect(r.stdout).toMatch(new RegExp(`Job ${job}: completed`));
    expect(r.stdout).toContain('Industry 0.31; Title keywords 0.19; Company size 0.12');
    expect(r.stdout).toContain('Geography 0.40; Other lead fields 0.02');
  });

  it('list --json gives every job newest first', async () => {
    const first = seedJob().job;
    const second = seedJob().job;
    const r = await run('job', 'list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ id: second, status: 'completed', candidates: 2 }),
      expect.objectContaining({ id: first, status: 'completed' }),
    ]);
  });

  it('shows a failed job with its error, and exits 1 for an unknown job and 2 for a bad id', async () => {
    const ws = openWorkspace(cw.db);
    const failed = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: 3, sourceName: 'Empty', params: {} });
    finishJob(ws.db, failed, 'failed', { error: 'The list has no members.' });
    ws.close();
    const r = await run('job', 'show', String(failed));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/error\s+The list has no members\./);
    expect((await run('job', 'show', '99')).code).toBe(1);
    expect((await run('job', 'show', 'abc')).code).toBe(2);
    expect((await run('job', 'show', '1', '--limit', '0')).code).toBe(2);
    expect((await run('job', 'explode')).code).toBe(2);
  });
});

describe('lookalike job rerun and interrupted jobs', () => {
  it('runs a finished job again with the same parameters as a new job', async () => {
    const first = await run('job', 'run', '--source', 'campaign:1', '--min-score', '0', '--max-results', '3', '--json');
    expect(first.code).toBe(0);
    const a = JSON.parse(first.stdout) as { jobId: number; status: string; candidates: number };
    const again = await run('job', 'rerun', String(a.jobId), '--json');
    expect(again.code).toBe(0);
    const b = JSON.parse(again.stdout) as { jobId: number; status: string; candidates: number };
    expect(b.jobId).not.toBe(a.jobId);
    expect(b).toMatchObject({ status: 'completed', candidates: a.candidates });
    const show = async (id: number) => JSON.parse((await run('job', 'show', String(id), '--json')).stdout) as { params: unknown; top: { id: number; score: number }[] };
    const [ja, jb] = [await show(a.jobId), await show(b.jobId)];
    expect(jb.params).toEqual(ja.params);
    expect(jb.top).toEqual(ja.top);
    // Leaving out more fields, on top of the job's own.
    const fewer = await run('job', 'rerun', String(b.jobId), '--ignore-field', 'Lead Source', '--ignore-field', 'Notes', '--json');
    expect(fewer.code).toBe(0);
    const c = JSON.parse(fewer.stdout) as { jobId: number };
    expect((await show(c.jobId)).params).toEqual({ ...(ja.params as object), ignoreFields: ['Lead Source', 'Notes'] });
    expect((await run('job', 'rerun', '99')).code).toBe(1);
    expect((await run('job', 'rerun', 'abc')).code).toBe(2);
  }, 60_000);

  it('marks a job whose process is gone as interrupted, and leaves one a live process runs alone', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid; // exited by now
    const ws = openWorkspace(cw.db);
    const orphan = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: 1, sourceName: 'x', params: {} });
    const live = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: 1, sourceName: 'y', params: {} });
    const setRunner = ws.db.prepare("UPDATE lookalike_jobs SET status = 'running', runner = ? WHERE id = ?");
    setRunner.run(`${hostname()} ${dead}`, orphan);
    setRunner.run(thisRunner(), live); // this test process (the command runs in it): alive
    ws.close();
    const r = await run('job', 'list', '--json');
    expect(r.code).toBe(0);
    const jobs = Object.fromEntries((JSON.parse(r.stdout) as { id: number; status: string; error: string | null }[]).map((j) => [j.id, j]));
    expect(jobs[orphan]).toMatchObject({ status: 'interrupted', error: expect.stringMatching(/run it again/) });
    expect(jobs[live]).toMatchObject({ status: 'running' });
    expect((await run('job', 'rerun', String(live))).code).toBe(1); // still running elsewhere
  });
});

