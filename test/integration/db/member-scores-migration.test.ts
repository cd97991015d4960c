/**
 * Migration 0007 on a workspace made before it: list members already there
 * keep the score they showed (their record's latest), with its job, so the
 * next job for the same source does not take it away.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations/index';
import { tempDir } from '../../helpers/temp-workspace';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

it('gives the members already on lists the latest score of their record, and none to a member never scored', () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = join(t.dir, 'ws.db');
  const db = new Database(file);
  try {
    migrate(db, file, MIGRATIONS.filter((m) => m.id < 7));
    const now = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO leads (id, identity) VALUES (1, 'a'), (2, 'b'), (3, 'c');
      INSERT INTO lookalike_jobs (id, entity, source_kind, source_id, source_name, params, status, created_at)
        VALUES (10, 'leads', 'list', 1, 'seed', '{}', 'completed', '${now}'), (11, 'leads', 'segment', 2, 'other', '{}', 'completed', '${now}');
      INSERT INTO lookalike_scores (entity, record_id, source, job_id, score, scored_at) VALUES
        ('leads', 1, 'list:1', 10, 0.8, '2026-01-01T00:00:00.000Z'),
        ('leads', 1, 'segment:2', 11, 0.6, '2026-01-02T00:00:00.000Z'),
        ('leads', 2, 'list:1', 10, 0.7, '2026-01-01T00:00:00.000Z');
      INSERT INTO lists (id, name, entity, created_at) VALUES (5, 'Kept', 'leads', '${now}');
      INSERT INTO list_members (list_id, lead_id, added_at) VALUES (5, 1, '${now}'), (5, 2, '${now}'), (5, 3, '${now}');
    `);
    migrate(db, file);
    expect(db.prepare('SELECT lead_id, job_id, score FROM list_members ORDER BY lead_id').all()).toEqual([
      { lead_id: 1, job_id: 11, score: 0.6 },
      { lead_id: 2, job_id: 10, score: 0.7 },
      { lead_id: 3, job_id: null, score: null },
    ]);
  } finally {
    db.close();
  }
});
