import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../../../src-main/compute/pool';
import { insertJob } from '../../../src-main/db/queries/jobs';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { runJob } from '../../../src-main/jobs/pipeline';
import { createJob } from '../../../src-main/jobs/create-job';
import type { ExportResultDto } from '../../../src-main/contract/dto';
import { exportForApp, type ChooseExportFile } from '../../../src-main/services/app-export';
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

/** The web host's export: no dialog, so the file goes to exports/ beside the workspace. */
const exportToWorkspaceFolder = async (...args: [typeof ws, Parameters<typeof exportForApp>[1], Date]) =>
  (await exportForApp(args[0], args[1], undefined, args[2])) as ExportResultDto;

describe('exports from the app', () => {
  it('writes to exports/ beside the workspace, named after the job and the day, never over an earlier file', async () => {
    const first = await exportToWorkspaceFolder(ws, { jobId }, day);
    const second = await exportToWorkspaceFolder(ws, { jobId }, day);
    expect(dirname(first.file)).toBe(join(ws.dir, 'exports'));
    expect(basename(first.file)).toBe(`lookalike-job-${jobId}-for-crm-2026-11-26.csv`);
    expect(basename(second.file)).toBe(`lookalike-job-${jobId}-for-crm-2026-11-26-2.csv`);
    expect(first.rows).toBe(30);
    expect(readFileSync(first.file, 'utf8')).toBe(readFileSync(second.file, 'utf8'));
  });

  it('exports a list\'s members, and refuses an unknown job or one that has not finished', async () => {
    const members = await exportToWorkspaceFolder(ws, { listId: list }, day);
    expect(basename(members.file)).toBe(`list-${list}-for-crm-2026-11-26.csv`);
    expect(members.rows).toBe(40);
    await expect(exportToWorkspaceFolder(ws, { jobId: 999 }, day)).rejects.toMatchObject({ code: 'not_found' });
    const pending = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: list, sourceName: 'won', params: {} });
    await expect(exportToWorkspaceFolder(ws, { jobId: pending }, day)).rejects.toMatchObject({ code: 'conflict' });
    expect(existsSync(join(ws.dir, 'exports', `lookalike-job-${pending}-for-crm-2026-11-26.csv`))).toBe(false);
  });

  it('asks the shell where to save (its Save dialog), suggesting exports/ and the name; cancelling writes nothing', async () => {
    const asked: { folder: string; fileName: string }[] = [];
    const target = join(ws.dir, 'chosen', 'for-the-crm');
    const choose: ChooseExportFile = async (suggested) => {
      asked.push(suggested);
      return target; // typed without an extension
    };
    mkdirSync(dirname(target), { recursive: true });
    const written = (await exportForApp(ws, { jobId, minScore: 0.5 }, choose, day)) as ExportResultDto;
    expect(asked).toEqual([{ folder: join(ws.dir, 'exports'), fileName: `lookalike-job-${jobId}-min-0.50-for-crm-2026-11-26.csv` }]);
    expect(written.file).toBe(`${target}.csv`);
    expect(readFileSync(written.file, 'utf8').trim().split('\r\n').length).toBe(written.rows + 1);

    const before = readdirSync(join(ws.dir, 'exports')).length;
    expect(await exportForApp(ws, { listId: list }, async () => null, day)).toEqual({ cancelled: true });
    expect(readdirSync(join(ws.dir, 'exports'))).toHaveLength(before);
  });

  it('checks the source before asking: no dialog for a job that cannot be exported', async () => {
    let asked = false;
    await expect(
      exportForApp(ws, { jobId: 999 }, async () => {
        asked = true;
        return null;
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(asked).toBe(false);
  });
});
