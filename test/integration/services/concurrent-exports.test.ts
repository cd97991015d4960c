/**
 * Exports running at once to one name (issue 9, defect 8): each writes its
 * own temporary file and takes its final name exclusively, so none fails and
 * none is lost or left half-written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResultDto } from '../../../src-main/contract/dto';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { exportForApp } from '../../../src-main/services/app-export';
import { exportCsv } from '../../../src-main/services/export-service';
import { seedSyntheticWorkspace } from '../../bench/lib/synthetic-workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let list: number;
const MEMBERS = 3_000;
const day = new Date('2026-11-26T10:00:00Z');

beforeAll(() => {
  ws = tempWorkspace();
  seedSyntheticWorkspace(ws.db, MEMBERS);
  list = insertList(ws.db, 'everyone', 'leads');
  addListMembers(ws.db, list, 'leads', ws.db.prepare('SELECT id FROM leads').pluck().all() as number[]);
});
afterAll(() => ws.cleanup());

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\r\n').length;

describe('exports running at once', () => {
  it('six exports of a list from the app to exports/ all succeed, each under its own name, none partial', async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => exportForApp(ws, { listId: list }, undefined, day)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const files = results.map((r) => ((r as PromiseFulfilledResult<ExportResultDto>).value).file);
    expect(new Set(files).size).toBe(6);
    const stem = `list-${list}-for-crm-2026-11-26`;
    expect(files.map((f) => basename(f)).sort()).toEqual([`${stem}.csv`, ...[2, 3, 4, 5, 6].map((n) => `${stem}-${n}.csv`)].sort());
    const first = readFileSync(files[0]!, 'utf8');
    for (const f of files) {
      expect(lines(f)).toBe(MEMBERS + 1);
      expect(readFileSync(f, 'utf8')).toBe(first);
    }
    expect(readdirSync(join(ws.dir, 'exports')).filter((f) => !f.endsWith('.csv'))).toEqual([]);
  });

  it('six exports to one chosen path all succeed and leave one complete file, no temporary ones', async () => {
    const out = join(ws.dir, 'chosen.csv');
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => exportCsv(ws, { listId: list }, out)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(lines(out)).toBe(MEMBERS + 1);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('chosen'))).toEqual(['chosen.csv']);
  });
});
