/**
 * The ordered list of migrations. Explicit imports (not a directory scan) so
 * bundlers keep them and the order is reviewable. Ids are the list positions
 * starting at 1 and never change.
 */
import * as m0001 from './0001_initial';
import * as m0002 from './0002_lookalike_engine';
import * as m0003 from './0003_job_runner';
import * as m0004 from './0004_job_examples';
import * as m0005 from './0005_record_keys';
import * as m0006 from './0006_import_wizard';
import * as m0007 from './0007_review_marks_and_member_scores';
import * as m0008 from './0008_row_warnings';
import * as m0009 from './0009_candidate_scores_index';
import * as m0010 from './0010_record_merges';
import * as m0011 from './0011_leads_by_outcome';
import * as m0012 from './0012_record_counts';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, ...m0001 },
  { id: 2, ...m0002 },
  { id: 3, ...m0003 },
  { id: 4, ...m0004 },
  { id: 5, ...m0005 },
  { id: 6, ...m0006 },
  { id: 7, ...m0007 },
  { id: 8, ...m0008 },
  { id: 9, ...m0009 },
  { id: 10, ...m0010 },
  { id: 11, ...m0011 },
  { id: 12, ...m0012 },
];
