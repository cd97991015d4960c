import { OUTCOMES } from '../contract/dto';
import { CANONICAL_FIELDS } from '../../src-model/fields/field-table';
import { STRATEGIES } from '../../src-model/strategies/types';

/** Usage errors exit with code 2; everything else that fails exits with 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Breaks a long line of words at about 100 characters, as the rest of the usage text is. */
function wrapped(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

export const USAGE = `Lookalike Studio command line

Usage: npm run --silent lookalike -- COMMAND [options]

Commands:
  import FILE [--db PATH] [--entity auto|leads|companies] [--map "Header=field"]...
              [--key "Header"] [--outcome "Value=outcome"]... [--encoding NAME]
              [--delimiter ',|;|tab|pipe'] [--dry-run] [--json]
      Import a CRM export (CSV) into the workspace. --map "Header=-" ignores a column.
      --dry-run shows the detected preset, the mapping and why, outcomes and first rows; writes nothing.
  stats [--db PATH] [--json]
      Counts of leads, companies, lists, segments and campaigns.
  dedupe [--apply | --undo] [--db PATH] [--json]
      Leads and companies an older workspace holds twice (same record id, email or name at one company;
      same CRM id, domain or name), with a sample: nothing is changed. --apply merges each into the record it duplicates
      (blanks filled, different values kept and reported; list, campaign and job links moved), logged;
      --undo puts the last merge back (until a later import). Different record ids stay apart.
  rejects BATCH_ID [--db PATH]
      The rejected rows of an import batch, as CSV (row number, column, reason, raw text).
  warnings BATCH_ID [--db PATH]
      The warnings kept with an import batch's rows, as CSV (row number, column, reason, replaced bytes):
      values that did not parse and were dropped, bytes the file's encoding cannot read (stored as �).
  imports [--db PATH] [--json]
      The import history.
  segment create --name NAME --where "FIELD OP VALUE" [--where ...] [--entity leads|companies] [--json]
      Save conditions (all must hold) and print how many records match. OP: = != < > <= >= contains,
      or FIELD in (a, b). FIELD: a canonical field, outcome, company.FIELD, lookalike_score[:SOURCE],
      or an imported column kept as an extra field. Quote values or fields with spaces.
  segment list [--json]
      Segments with their conditions and member counts.
  list create --name NAME [--entity leads|companies] [--json]
      Create an empty list; --json prints {"id": ...}.
  list add LIST_ID (--leads ID,ID | --companies ID,ID | --from-job JOB_ID [--min-score S] [--top K]) [--json]
      Add records by id (an unknown id adds nothing) or a completed job's best candidates.
  list show LIST_ID [--limit N] [--json]
      The list and its members, with each member's latest lookalike score.
  list list [--json]
      All lists with member counts.
  campaign list [--json]
      Campaigns with their member counts per outcome.
  job run --source segment:ID|list:ID|campaign:ID [--entity leads|companies] [--min-score S]
          [--max-results N] [--exclude list:ID]... [--filter "FIELD OP VALUE"]... [--positive won,replied]
          [--high-score S] [--ignore-field "Header"]... [--strategy NAME] [--threads N] [--json]
      Find lookalikes of the source's good examples (won weighs 3, replied 2, others 1) among every
      other record; waits for the job and prints jobId, status, positives and candidates.
  job rerun JOB_ID [--ignore-field "Header"]... [--min-score S] [--threads N] [--json]
      Run a job again with the same parameters (after a failure, a cancel, an interruption, on newer
      data, or leaving out more fields); prints the new job like job run.
  job check --source segment:ID|list:ID|campaign:ID [--entity leads|companies] [--positive won,replied]
            [--ignore-field "Header"]... [--json]
      Before a job: how alike the source's examples are (cohesion), which look unlike the rest (outliers),
      and which fields alone tell them apart almost perfectly (suspected outcome leaks, to leave out).
  job show JOB_ID [--limit N] [--json]
      A lookalike job (status, source, params, progress, timings, error) and its top N candidates
      (default 20) with score and reasons.
  job list [--json]
      Lookalike jobs, newest first.
  eval --source segment:ID|list:ID|campaign:ID [--strategy ${STRATEGIES.join('|')}]
       [--folds K] [--seed S] [--baseline] [--ignore-field "Header"]... [--json]
      Backtest: split the examples into K seeded folds (default 5), build the profile from the others and
      rank every record but those; print recall of the held-out examples in the top 10% / 20%, lift in
      the top 10% and AUC (mean ± spread over folds). --baseline adds a logistic regression on the same folds.
  export (--job JOB_ID | --list LIST_ID) --out FILE.csv [--for crm|spreadsheet]
         [--extra all|none|"Header"]... [--json]
      A CRM-ready CSV (UTF-8 with BOM): record ids, names, email, the canonical fields, the lookalike
      score, its top reasons and the job id, then the imported extra columns under their own headers
      (--extra: all by default, first seen first, at most 250; none; or each header named).
      --for crm (default) writes values exactly as a CRM re-imports them: phone numbers and signed
      numbers as they are; any other cell starting with = + - @ tab or CR gets a leading '.
      --for spreadsheet gives every such cell, phone numbers too, the leading '.

--db PATH works with every command and defaults to lookalike.db in the current folder.
--wait SECONDS (default 600): how long a command that writes waits, saying for what, while another
process (an import, a job, the app) is writing the workspace; then it gives up, writing nothing.
Exit codes: 0 done (rejected rows are counted, not fatal); 1 failed, nothing written; 2 usage error.
${wrapped(`Canonical fields: ${CANONICAL_FIELDS.join(', ')}.`)}
Outcomes: ${OUTCOMES.join(', ')}.`;
