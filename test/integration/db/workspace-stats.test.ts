/** The workspace's counts, read again only when the file changed (db/queries/stats.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceStats } from '../../../src-main/db/queries/stats';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let other: Workspace;

beforeEach(() => {
  ws = tempWorkspace();
  other = openWorkspace(ws.path);
});
afterEach(() => {
  other.close();
  ws.cleanup();
});

const addList = (w: Workspace, name: string) => w.db.prepare("INSERT INTO lists (name, entity, created_at) VALUES (?, 'leads', '2026-01-01')").run(name);

describe('workspace counts', () => {
  it("follow this connection's writes and another connection's commits, and a copy handed out cannot change them", () => {
    const first = workspaceStats(ws.db);
    expect(first.lists).toBe(0);
    first.lists = 99;
    expect(workspaceStats(ws.db).lists).toBe(0);
    addList(ws, 'mine');
    expect(workspaceStats(ws.db).lists).toBe(1);
    addList(other, 'theirs');
    expect(workspaceStats(ws.db).lists).toBe(2);
    other.db.prepare('DELETE FROM lists').run();
    expect(workspaceStats(ws.db).lists).toBe(0);
  });
});
