/**
 * SQL text lives in src-main/db only (ARCHITECTURE.md): a statement written in
 * a service, the engine or the command line bypasses the data layer's
 * parameterised queries and its one home for the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_FLOORS = ['src-main', 'src-model', 'src-workers', 'src-renderer/src'];

/** A string literal opening with an SQL statement, or a driver call given SQL text. */
const SQL_IN_STRING = /['"`]\s*(SELECT\s[\s\S]*?\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|CREATE\s+(TEMP\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b|DROP\s+(TABLE|INDEX)\b|BEGIN(\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?\s*['"`;]|COMMIT\s*['"`;]|ROLLBACK\b|PRAGMA\s|WITH\s+\w+\s+AS\s*\()/;
const DRIVER_CALL = /\.(prepare|exec|pragma)\(\s*['"`]/;

export function sqlLines(text: string): number[] {
  const lines = text.split('\n');
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (SQL_IN_STRING.test(line) || DRIVER_CALL.test(line)) found.push(i + 1);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('SQL lives in db/ only', () => {
  it('no source file outside src-main/db holds SQL text', () => {
    const found: string[] = [];
    for (const floor of SOURCE_FLOORS) {
      for (const file of sourceFiles(join(ROOT, floor))) {
        const path = relative(ROOT, file);
        if (path.startsWith('src-main/db/')) continue;
        for (const line of sqlLines(readFileSync(file, 'utf8'))) found.push(`${path}:${line}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no statement replaces rows (REPLACE deletes without firing the delete triggers that keep the counts, migration 0012)', () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src-main'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/['"`][^'"`]*\b(OR\s+REPLACE|REPLACE\s+INTO|CONFLICT\s+REPLACE)\b/i.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('finds planted SQL of every kind, and not HTTP verbs or regular expressions', () => {
    const planted = [
      "db.prepare('SELECT id FROM leads WHERE email = ?')",
      'const q = `INSERT OR IGNORE INTO lists (name) VALUES (?)`;',
      "run('UPDATE jobs SET status = ?')",
      "run(\"DELETE FROM list_members WHERE list_id = ?\")",
      "db.exec('BEGIN IMMEDIATE')",
      "db.exec('COMMIT')",
      "ws.db.pragma(`busy_timeout = 10`)",
      "const t = 'CREATE TABLE x (id INTEGER)';",
    ];
    for (const line of planted) expect(sqlLines(line), line).toEqual([1]);
    const innocent = ["fetch(url, { method: 'DELETE' })", 'const m = RANGE.exec(text);', "const label = 'Select a list';", "'Update the segment'"];
    for (const line of innocent) expect(sqlLines(line), line).toEqual([]);
  });
});
