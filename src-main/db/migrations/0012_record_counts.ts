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

export const sql = `
CREATE TABLE record_counts (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO record_counts (name, n)
  SELECT 'leads', count(*) FROM leads UNION ALL
  SELECT 'companies', count(*) FROM companies UNION ALL
  SELECT 'lists', count(*) FROM lists UNION ALL
  SELECT 'segments', count(*) FROM segments UNION ALL
  SELECT 'campaigns', count(*) FROM campaigns UNION ALL
  SELECT 'import_batches', count(*) FROM import_batches UNION ALL
  SELECT 'rejected_rows', count(*) FROM rejected_rows;

CREATE TRIGGER leads_counted_in AFTER INSERT ON leads BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'leads'; END;
CREATE TRIGGER leads_counted_out AFTER DELETE ON leads BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'leads'; END;
CREATE TRIGGER companies_counted_in AFTER INSERT ON companies BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'companies'; END;
CREATE TRIGGER companies_counted_out AFTER DELETE ON companies BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'companies'; END;
CREATE TRIGGER lists_counted_in AFTER INSERT ON lists BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'lists'; END;
CREATE TRIGGER lists_counted_out AFTER DELETE ON lists BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'lists'; END;
CREATE TRIGGER segments_counted_in AFTER INSERT ON segments BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'segments'; END;
CREATE TRIGGER segments_counted_out AFTER DELETE ON segments BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'segments'; END;
CREATE TRIGGER campaigns_counted_in AFTER INSERT ON campaigns BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'campaigns'; END;
CREATE TRIGGER campaigns_counted_out AFTER DELETE ON campaigns BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'campaigns'; END;
CREATE TRIGGER import_batches_counted_in AFTER INSERT ON import_batches BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'import_batches'; END;
CREATE TRIGGER import_batches_counted_out AFTER DELETE ON import_batches BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'import_batches'; END;
CREATE TRIGGER rejected_rows_counted_in AFTER INSERT ON rejected_rows BEGIN UPDATE record_counts SET n = n + 1 WHERE name = 'rejected_rows'; END;
CREATE TRIGGER rejected_rows_counted_out AFTER DELETE ON rejected_rows BEGIN UPDATE record_counts SET n = n - 1 WHERE name = 'rejected_rows'; END;
`;
