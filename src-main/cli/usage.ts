/** Usage errors exit with code 2; everything else that fails exits with 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Lookalike Studio command line

Usage: npm run --silent lookalike -- COMMAND [options]

Commands:
  import FILE [--db PATH] [--entity auto|leads|companies] [--map "Header=field"]...
              [--key "Header"] [--outcome "Value=outcome"]... [--encoding NAME]
              [--delimiter ',|;|tab|pipe'] [--dry-run] [--json]
      Import a CRM export (CSV) into the workspace. --map "Header=-" ignores a column.
      --dry-run shows the detected preset, mapping, outcomes and first rows; writes nothing.
  stats [--db PATH] [--json]
      Counts of leads, companies, lists, segments and campaigns.
  rejects BATCH_ID [--db PATH]
      The rejected rows of an import batch, as CSV (row number, column, reason, raw text).
  imports [--db PATH] [--json]
      The import history.

--db defaults to lookalike.db in the current folder.
Exit codes: 0 done (rejected rows are counted, not fatal); 1 failed, nothing written; 2 usage error.
Canonical fields: record_id, first_name, last_name, full_name, email, phone, title, seniority,
department, company, domain, industry, employees, revenue, country, state, city, technologies,
intent, status, score, campaign, replied, won, owner, created_at.
Outcomes: open, sent, opened, replied, won, lost.`;
