/**
 * Job progress pushed to the browser: the web host's `GET /api/events`
 * stream carries every state of a job started through the API, in order,
 * and refuses a caller without the token.
 */
import { request, type IncomingMessage } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../../src-main/contract/dto';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../src-main/webhost/server';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let host: WebHost;
let list: number;

beforeAll(async () => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, 20_000);
  list = insertList(ws.db, 'won', 'leads');
  addListMembers(ws.db, list, 'leads', ws.db.prepare("SELECT id FROM leads WHERE outcome = 'won' LIMIT 100").pluck().all() as number[]);
  const rendererDir = join(ws.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  services = openAppServices(ws, { threads: 2 });
  host = await startWebHost({ api: services.api, events: services.events, rendererDir });
});
afterAll(async () => {
  await host.close();
  await services.close();
  ws.cleanup();
});

function open(headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', method: 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, resolve);
    req.once('error', reject);
    req.end();
  });
}

function post(method: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = request(
      { host: '127.0.0.1', port: host.port, path: `/api/${method}`, method: 'POST', headers: { Host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

describe('pushed job events over the web host', () => {
  it('refuses the stream without the token', async () => {
    const res = await open({});
    expect(res.statusCode).toBe(401);
    res.resume();
  });

  it('streams a job from queued through running to completed, in order, as Server-Sent Events', async () => {
    const res = await open({ [TOKEN_HEADER]: host.token });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const events: JobProgressEvent[] = [];
    let buffer = '';
    const finished = new Promise<void>((resolve) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.+)$/m.exec(message)?.[1];
          const data = /^data: (.+)$/m.exec(message)?.[1];
          if (name !== 'jobs.progress' || !data) continue;
          const event = JSON.parse(data) as JobProgressEvent;
          events.push(event);
          if (event.status === 'completed') resolve();
        }
      });
    });
    const started = (await post('jobs.start', { source: { kind: 'list', id: list }, minScore: 0, maxResults: 20 })) as { ok: boolean; data: { jobId: number } };
    expect(started.ok).toBe(true);
    await finished;
    res.destroy();

    const jobId = started.data.jobId;
    expect(events.every((e) => e.jobId === jobId)).toBe(true);
    expect(events[0]).toMatchObject({ status: 'pending', phase: null });
    const running = events.filter((e) => e.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.some((e) => e.phase === 'scoring')).toBe(true);
    expect(events.at(-1)).toMatchObject({ status: 'completed', processed: 20_000, total: 20_000 });
    // In order: statuses never go back, and progress within a phase never decreases.
    const rank = { pending: 0, running: 1, completed: 2 } as Record<string, number>;
    for (let i = 1; i < events.length; i++) {
      expect(rank[events[i]!.status]).toBeGreaterThanOrEqual(rank[events[i - 1]!.status]!);
      if (events[i]!.phase === events[i - 1]!.phase) expect(events[i]!.processed).toBeGreaterThanOrEqual(events[i - 1]!.processed);
    }
  }, 60_000);
});
