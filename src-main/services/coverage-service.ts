/**
 * A finished job's coverage gaps (engine/coverage-gaps.ts): as the job
 * measured them when it ran, or, for jobs run before they were measured,
 * worked out now from its stored examples and the workspace's current
 * vocabulary (less its ignored fields) — on the workspace's read worker when
 * it has one, as the job's own coverage step does (jobs/phases/coverage.ts):
 * on a wide workspace that takes seconds.
 */
import { readPoolOf } from '../compute/read-pool';
import type { CoverageGapDto } from '../contract/dto';
import { jobExampleWeights, type JobRow } from '../db/queries/jobs';
import type { Workspace } from '../db/workspace';
import { measureCoverageGaps } from '../engine/coverage-gaps';
import { currentVocabulary } from '../engine/workspace-vocabulary';

export async function jobCoverageGaps(ws: Workspace, job: JobRow, profileInfo: unknown): Promise<CoverageGapDto[]> {
  if (job.status !== 'completed') return [];
  const measured = (profileInfo as { coverageGaps?: CoverageGapDto[] } | null)?.coverageGaps;
  if (Array.isArray(measured)) return measured;
  const vocab = currentVocabulary(ws.db, job.entity);
  if (!vocab) return [];
  const rows = jobExampleWeights(ws.db, job.id);
  const examples = { ids: rows.map((e) => e.record_id), weights: rows.map((e) => e.weight) };
  const reads = readPoolOf(ws.db);
  return reads ? reads.coverageGaps({ entity: job.entity, vocab, examples }) : measureCoverageGaps(ws.db, job.entity, vocab, examples);
}
