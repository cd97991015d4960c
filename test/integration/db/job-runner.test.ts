/**
 * A job's runner is known by more than its pid (issue 9, defect 9): pids are
 * reused, so a job whose process died must not stay `running` because
 * another process — or this one, after a restart — now has that pid. Each
 * job here is started by a real process (a child running the job queries),
 * so its runner is recorded exactly as the app and the command line record it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getJob, markInterruptedJobs } from '../../../src-main/db/queries/jobs';
import { tempWorkspace } from '../../helpers/temp-workspace';

const TSX = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const JOBS = new URL('../../../src-main/db/queries/jobs.ts', import.meta.url).href;
const WORKSPACE = new URL('../../../src-main/db/workspace.ts', import.meta.url).href;

/** Source of a process that starts a job on the workspace, prints its id and pid, and (if `stay`) lives until its stdin closes. */
const starter = (db: string, stay: boolean) => `
  import { insertJob, markJobRunning } from ${JSON.stringify(JOBS)};
  import { openWorkspace } from ${JSON.stringify(WORKSPACE)};
  const ws = openWorkspace(${JSON.stringify(db)});
  const id = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: 1, sourceName: 'x', params: {} });
  markJobRunning(ws.db, id, 10);
  ws.close();
  console.log(JSON.stringify({ id, pid: process.pid }));
  ${stay ? "process.stdin.resume(); process.stdin.on('end', () => process.exit(0));" : ''}
`;

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

/** A job started by a process that has exited since. */
function jobOfExitedProcess(): { id: number; pid: number } {
  const r = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', starter(ws.path, false)], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { id: number; pid: number };
}

/** The pid in a job's runner replaced by another: the pid the kernel has since handed to another process. */
function reusePid(jobId: number, from: number, to: number): void {
  const runner = getJob(ws.db, jobId)!.runner!;
  const reused = runner.replace(new RegExp(`\\b${from}\\b`), String(to));
  expect(reused).not.toBe(runner);
  ws.db.prepare('UPDATE lookalike_jobs SET runner = ? WHERE id = ?').run(reused, jobId);
}

describe('which jobs a crash left running', () => {
  it('marks a job interrupted when its dead runner\'s pid now belongs to another live process', async () => {
    const job = jobOfExitedProcess();
    const other = spawn('sleep', ['30']);
    try {
      reusePid(job.id, job.pid, other.pid!);
      expect(markInterruptedJobs(ws.db)).toBe(1);
      expect(getJob(ws.db, job.id)).toMatchObject({ status: 'interrupted', error: expect.stringMatching(/run it again/) });
    } finally {
      other.kill();
    }
  });

  it('marks a job interrupted when its dead runner\'s pid is now this process\'s', () => {
    const job = jobOfExitedProcess();
    reusePid(job.id, job.pid, process.pid);
    expect(markInterruptedJobs(ws.db)).toBe(1);
    expect(getJob(ws.db, job.id)!.status).toBe('interrupted');
  });

  it('leaves a job alone while the process that started it runs, and marks it once that process is gone', async () => {
    const child = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', starter(ws.path, true)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const line = await new Promise<string>((resolve) => child.stdout!.setEncoding('utf8').once('data', resolve));
    const job = JSON.parse(line) as { id: number };
    expect(markInterruptedJobs(ws.db)).toBe(0);
    expect(getJob(ws.db, job.id)!.status).toBe('running');
    child.stdin!.end();
    await exited;
    expect(markInterruptedJobs(ws.db)).toBe(1);
    expect(getJob(ws.db, job.id)!.status).toBe('interrupted');
  });
});

