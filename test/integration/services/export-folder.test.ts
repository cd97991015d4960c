import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { insertJob } from '../../../src-main/db/queries/jobs';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { runJob } from '../../../src-main/engine/run-job';
import { createJob } from '../../../src-main/jobs/job-service';
import { exportToWorkspaceFolder } from '../../../src-main/services/export-service';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let pool: ComputePool;
let ws: ReturnType<typeof tempWorkspace>;
let list: number;
let jobId: number;
const day = new Date('2026-11-26T10:00:00Z');

beforeAll(async () => {
  pool = createComputePool({ threads: 2 });
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 5_000);
  list = insertList(ws.db, 'won', 'leads');
  addListMembers(ws.db, list, 'leads', ws.db.prepare("SELECT id FROM leads WHERE outcome = 'won' LIMIT 40").pluck().all() as number[]);
  jobId = (await runJob(ws.db, pool, createJob(ws.db, { source: { kind: 'list', id: list }, minScore: 0, maxResults: 30 }))).jobId;
});
afterAll(async () => {
  await pool.close();
  ws.cleanup();
});

describe('exports from the app', () => {
  it('writes to exports/ beside the workspace, named after the job and the day, never over an earlier file', async () => {
    const first = await exportToWorkspaceFolder(ws, { jobId }, day);
    const second = await exportToWorkspaceFolder(ws, { jobId }, day);
    expect(dirname(first.file)).toBe(join(ws.dir, 'exports'));
    expect(basename(first.file)).toBe(`lookalike-job-${jobId}-2026-11-26.csv`);
    expect(basename(second.file)).toBe(`lookalike-job-${jobId}-2026-11-26-2.csv`);
    expect(first.rows).toBe(30);
    expect(readFileSync(first.file, 'utf8')).toBe(readFileSync(second.file, 'utf8'));
  });

  it('exports a list\'s members, and refuses an unknown job or one that has not finished', async () => {
    const members = await exportToWorkspaceFolder(ws, { listId: list }, day);
    expect(basename(members.file)).toBe(`list-${list}-2026-11-26.csv`);
    expect(members.rows).toBe(40);
    await expect(exportToWorkspaceFolder(ws, { jobId: 999 }, day)).rejects.toMatchObject({ code: 'not_found' });
    const pending = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: list, sourceName: 'won', params: {} });
    await expect(exportToWorkspaceFolder(ws, { jobId: pending }, day)).rejects.toMatchObject({ code: 'conflict' });
    expect(existsSync(join(ws.dir, 'exports', `lookalike-job-${pending}-2026-11-26.csv`))).toBe(false);
  });
});
