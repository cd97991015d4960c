/**
 * The workspace's counts, kept by triggers (issue 11: the host answers within
 * 100 ms while a job runs).
 *
 * The window and the web host ask for the counts after every change, and a
 * running job changes the file many times a second (its progress). Each time,
 * counting 300k leads walked an index: 30–90 ms on the main thread per call.
 * A row per counted table, moved by its inserts and deletes, makes the read a
 * few microseconds; an import pays about a microsecond a row. No statement in
 * the app deletes through REPLACE (which would bypass the delete triggers).
 */
export const name = 'record_counts';

/** The counted tables, fixed with this migration (stats.ts names them for the DTO). */
const COUNTED = ['leads', 'companies', 'lists', 'segments', 'campaigns', 'import_batches', 'rejected_rows'];

const countTriggers = (table: string) => `
CREATE TRIGGER ${table}_counted_in AFTER INSERT ON ${table} BEGIN UPDATE record_counts SET n = n + 1 WHERE name = '${table}'; END;
CREATE TRIGGER ${table}_counted_out AFTER DELETE ON ${table} BEGIN UPDATE record_counts SET n = n - 1 WHERE name = '${table}'; END;`;

export const sql = `
CREATE TABLE record_counts (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO record_counts (name, n)
${COUNTED.map((table) => `  SELECT '${table}', count(*) FROM ${table}`).join(' UNION ALL\n')};
${COUNTED.map(countTriggers).join('\n')}
`;
